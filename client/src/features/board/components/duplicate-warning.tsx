import { STAGE_LABELS } from '@luodi/domain';
import { Alert } from 'antd';
import type { DuplicateCandidatesQuery } from '../../../gql/graphql';
import { useBilingual, useT } from '../../../shared/i18n';

export type DuplicateCandidate = DuplicateCandidatesQuery['duplicateCandidates'][number];

/** 疑似重复签约: the same investment may already be counted by another project. */
export function DuplicateWarning({
  candidates,
  consequence,
}: {
  candidates: readonly DuplicateCandidate[];
  /** What saving anyway leads to, in a sentence. */
  consequence: string;
}) {
  const t = useT();
  const bilingual = useBilingual();
  if (candidates.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('duplicate.title', { count: candidates.length })}
      description={
        <>
          <ul style={{ margin: '4px 0', paddingInlineStart: 18 }}>
            {candidates.map((c) => (
              <li key={c.code}>
                {t('duplicate.line', {
                  code: c.code,
                  name: c.name,
                  investor: c.investorName,
                  unit: c.orgUnitName,
                  stage: bilingual(STAGE_LABELS[c.stage]),
                  matchedBy: c.matchedBy,
                })}
              </li>
            ))}
          </ul>
          {consequence}
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
