import { FLAG_KINDS, FLAG_LABELS } from '@luodi/domain';
import { Card, Flex, Typography } from 'antd';
import type { FlagCountsQuery, FlagKind } from '../../../gql/graphql';
import { useBilingual, useT } from '../../../shared/i18n';

/** One tile per flag kind with its red and yellow counts; a click filters the list to it. */
export function FlagTiles({
  counts,
  selected,
  onSelect,
}: {
  counts: FlagCountsQuery['flagCounts'] | undefined;
  selected?: FlagKind;
  onSelect: (kind: FlagKind | null) => void;
}) {
  const t = useT();
  const bilingual = useBilingual();
  const byKind = new Map((counts ?? []).map((row) => [row.kind, row]));
  return (
    <Flex gap={8} wrap role="group" aria-label={t('inspection.tiles')}>
      {FLAG_KINDS.map((kind) => {
        const row = byKind.get(kind);
        const active = selected === kind;
        return (
          <Card
            key={kind}
            size="small"
            hoverable
            role="button"
            aria-pressed={active}
            tabIndex={0}
            onClick={() => onSelect(active ? null : kind)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') onSelect(active ? null : kind);
            }}
            style={{ width: 132, borderColor: active ? '#cf1322' : undefined }}
            styles={{ body: { padding: '8px 12px' } }}
          >
            <Typography.Text style={{ fontSize: 12 }}>
              {bilingual(FLAG_LABELS[kind])}
            </Typography.Text>
            <Flex gap={10} align="baseline">
              {/* The tile's name is its text, the words a screen reader needs hidden beside it. */}
              <Typography.Text strong style={{ fontSize: 20, color: '#cf1322' }}>
                <span className="luodi-visually-hidden">{t('inspection.redPrefix')}</span>
                {row ? row.red : '–'}
                <span className="luodi-visually-hidden">{t('inspection.redSuffix')}</span>
              </Typography.Text>
              <Typography.Text style={{ fontSize: 14, color: '#7c4a00' }}>
                {row ? t('inspection.yellowCount', { count: row.yellow }) : ''}
              </Typography.Text>
            </Flex>
          </Card>
        );
      })}
    </Flex>
  );
}
