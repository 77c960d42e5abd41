import { TARGET_METRIC_LABELS, formatWan, isCountMetric } from '@luodi/domain';
import { Empty, Progress, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useNavigate } from 'react-router-dom';
import type { TargetFieldsFragment } from '../../../gql/graphql';
import { useBilingual, useLocale, useT } from '../../../shared/i18n';
import { targetBoardPath } from '../model/cohort-link';

const rowStyle: CSSProperties = {
  display: 'block',
  width: '100%',
  border: 'none',
  background: 'none',
  textAlign: 'start',
  padding: '4px 0',
  font: 'inherit',
};

const headStyle: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  justifyContent: 'space-between',
  columnGap: 8,
};

const gridStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(min(440px, 100%), 1fr))',
  columnGap: 32,
};

/** "湘西市 · 落地项目数（≥3,000.00 万元）" */
export function useTargetTitle() {
  const bilingual = useBilingual();
  const t = useT();
  const { locale } = useLocale();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  return (target: TargetFieldsFragment) => {
    const scope = target.orgUnit?.name ?? target.chain?.name ?? '';
    const metric = bilingual(TARGET_METRIC_LABELS[target.metric]);
    const threshold =
      target.minInvestment !== null
        ? t('targets.threshold', { amount: formatWan(target.minInvestment, lang) })
        : '';
    return `${scope} · ${metric}${threshold}`;
  };
}

export function useTargetFigure() {
  const { locale } = useLocale();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  return (target: TargetFieldsFragment, value: number) =>
    isCountMetric(target.metric) ? String(value) : formatWan(value, lang);
}

/** Each target's progress; a bar opens the board on the projects its actual counts. */
export function TargetProgressList({ targets }: { targets: TargetFieldsFragment[] }) {
  const t = useT();
  const navigate = useNavigate();
  const title = useTargetTitle();
  const figure = useTargetFigure();
  if (targets.length === 0) return <Empty description={t('cockpit.targets.none')} />;
  return (
    <div style={gridStyle}>
      {targets.map((target) => {
        const path = targetBoardPath({
          year: target.year,
          metric: target.metric,
          minInvestment: target.minInvestment,
          orgUnitId: target.orgUnit?.id,
          chainId: target.chain?.id,
        });
        const percent = target.percentage;
        return (
          <button
            key={target.id}
            type="button"
            style={{ ...rowStyle, cursor: path ? 'pointer' : 'default' }}
            disabled={!path}
            onClick={() => path && navigate(path)}
            data-testid="target-bar"
          >
            {/* Title and figures above the bar, so the bar fits any width. */}
            <span style={headStyle}>
              <Typography.Text style={{ fontSize: 13 }}>{title(target)}</Typography.Text>{' '}
              <Typography.Text style={{ fontSize: 13, whiteSpace: 'nowrap' }}>
                {t('cockpit.targets.figure', {
                  actual: figure(target, target.actual),
                  target: figure(target, target.target),
                  percent: percent === null ? '—' : `${percent.toFixed(1)}%`,
                })}
              </Typography.Text>
            </span>
            <Progress
              aria-label={title(target)}
              percent={percent === null ? 0 : Math.min(100, percent)}
              status={percent !== null && percent >= 100 ? 'success' : 'normal'}
              strokeColor={percent !== null && percent >= 100 ? undefined : '#c0392b'}
              showInfo={false}
            />
          </button>
        );
      })}
    </div>
  );
}
