import { formatWan } from '@luodi/domain';
import { Card, Col, Row, Statistic, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RateFieldsFragment, Stage } from '../../../gql/graphql';
import { useLocale, useT, type MessageKey } from '../../../shared/i18n';
import { cohortBoardPath } from '../model/cohort-link';
import { formatRate } from '../model/figures';
import type { Period } from '../model/period';

interface Tile {
  key: string;
  label: MessageKey;
  value: string;
  /** The stage the figure counts, when it is a rate of the cohort reaching it. */
  reached?: Stage;
  note?: ReactNode;
  empty?: boolean;
}

const tileStyle = { cursor: 'pointer', height: '100%' };

/** 签约数, 合同引资额 and the rates of the whole cohort; each opens the board on its projects. */
export function KpiTiles({ total, period }: { total: RateFieldsFragment; period: Period }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const rate = (value: number | null) => ({ value: formatRate(value), empty: value === null });
  const tiles: Tile[] = [
    { key: 'signed', label: 'cockpit.kpi.signedCount', value: String(total.signedCount) },
    {
      key: 'contracted',
      label: 'cockpit.kpi.contracted',
      value: formatWan(total.contractedInvestment, lang),
    },
    {
      key: 'landing',
      label: 'cockpit.kpi.landingRate',
      reached: 'LANDED',
      ...rate(total.landingRate),
    },
    { key: 'start', label: 'cockpit.kpi.startRate', reached: 'STARTED', ...rate(total.startRate) },
    {
      key: 'operating',
      label: 'cockpit.kpi.operatingRate',
      reached: 'OPERATING',
      ...rate(total.operatingRate),
    },
    {
      key: 'capital',
      label: 'cockpit.kpi.capitalRate',
      ...rate(total.capitalArrivalRate),
      note: t('cockpit.kpi.capitalSplit', {
        verified: formatWan(total.arrivedVerified, lang),
        unverified: formatWan(
          Math.round((total.arrivedInvestment - total.arrivedVerified) * 100) / 100,
          lang,
        ),
      }),
    },
    { key: 'fulfillment', label: 'cockpit.kpi.fulfillmentRate', ...rate(total.fulfillmentRate) },
  ];
  return (
    <Row gutter={[12, 12]}>
      {tiles.map((tile) => {
        const path = cohortBoardPath({
          signedFrom: period.from,
          signedTo: period.to,
          reachedStage: tile.reached,
        });
        return (
          <Col key={tile.key} flex="1 1 150px">
            <Card
              size="small"
              hoverable
              style={tileStyle}
              data-testid={`kpi-${tile.key}`}
              role="link"
              tabIndex={0}
              onClick={() => path && navigate(path)}
              onKeyDown={(event) => event.key === 'Enter' && path && navigate(path)}
            >
              <Statistic
                title={t(tile.label)}
                value={tile.value}
                valueStyle={{ fontSize: 22, color: tile.empty ? 'rgba(0, 0, 0, 0.6)' : undefined }}
              />
              {tile.empty && (
                <Tooltip title={t('cockpit.noDataHint')}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('cockpit.noData')}
                  </Typography.Text>
                </Tooltip>
              )}
              {tile.note && (
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {tile.note}
                </Typography.Text>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
