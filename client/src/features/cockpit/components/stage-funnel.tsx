import { STAGE_LABELS } from '@luodi/domain';
import { useNavigate } from 'react-router-dom';
import type { RateFieldsFragment, Stage } from '../../../gql/graphql';
import { useBilingual, useT } from '../../../shared/i18n';
import { cohortBoardPath } from '../model/cohort-link';
import { countOf } from '../model/figures';
import type { Period } from '../model/period';
import { Chart } from './chart';

const FUNNEL_STAGES: {
  stage: Stage;
  rate: 'landingRate' | 'startRate' | 'operatingRate' | null;
}[] = [
  { stage: 'SIGNED', rate: null },
  { stage: 'LANDED', rate: 'landingRate' },
  { stage: 'STARTED', rate: 'startRate' },
  { stage: 'OPERATING', rate: 'operatingRate' },
];

/** How far the cohort got: signed → landed → started → operating; a stage opens its projects. */
export function StageFunnel({ total, period }: { total: RateFieldsFragment; period: Period }) {
  const t = useT();
  const bilingual = useBilingual();
  const navigate = useNavigate();
  const data = FUNNEL_STAGES.map(({ stage, rate }) => ({
    name: bilingual(STAGE_LABELS[stage]),
    value: rate ? countOf(total[rate], total.signedCount) : total.signedCount,
  }));
  return (
    <Chart
      label={t('cockpit.funnel.title')}
      height={260}
      option={{
        tooltip: { trigger: 'item', formatter: '{b}: {c}' },
        series: [
          {
            type: 'funnel',
            sort: 'none',
            min: 0,
            max: Math.max(total.signedCount, 1),
            // Labels beside the layers: "Operating 1" does not fit inside the narrowest one.
            left: '4%',
            width: '58%',
            minSize: '22%',
            gap: 2,
            label: { show: true, position: 'right', formatter: '{b}  {c}', color: '#262626' },
            labelLine: { show: true },
            data,
            color: ['#c0392b', '#d35400', '#e67e22', '#27ae60'],
          },
        ],
      }}
      onClick={({ dataIndex }) => {
        const path = cohortBoardPath({
          signedFrom: period.from,
          signedTo: period.to,
          reachedStage: FUNNEL_STAGES[dataIndex].stage,
        });
        if (path) navigate(path);
      }}
    />
  );
}
