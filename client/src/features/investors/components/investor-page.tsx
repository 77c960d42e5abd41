import { useQuery } from '@apollo/client/react';
import { PROJECT_STATUS_LABELS, STAGE_LABELS, formatWan } from '@luodi/domain';
import { Button, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import type { InvestorPageQuery } from '../../../gql/graphql';
import { useBilingual, useLocale, useT } from '../../../shared/i18n';
import { PageError, PageLoading } from '../../../shared/ui/page-states';
import { InvestorPageDocument } from '../api/investor-operations';

type InvestorProject = NonNullable<InvestorPageQuery['investor']>['projects'][number];

export interface InvestorPageProps {
  investorId: string;
  /** Opens a project (the app shows its drawer). */
  onOpenProject: (projectId: string) => void;
}

/** 客商: one investor's projects in the viewer's scope, its tags and its money. */
export function InvestorPage({ investorId, onOpenProject }: InvestorPageProps) {
  const t = useT();
  const bilingual = useBilingual();
  const { locale } = useLocale();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const { data, loading, error, refetch } = useQuery(InvestorPageDocument, {
    variables: { id: investorId },
  });
  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <PageLoading />;
  const investor = data!.investor;

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Text type="secondary">{t('investor.kicker')}</Typography.Text>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {investor.name}
        </Typography.Title>
      </div>
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'creditCode',
              label: t('investor.creditCode'),
              children: investor.creditCode ?? t('investor.noCreditCode'),
            },
            {
              key: 'tags',
              label: t('investor.tags'),
              children: investor.tags.length ? (
                <Flex gap={4} wrap>
                  {investor.tags.map((tag) => (
                    <Tag key={tag} color="gold">
                      {tag}
                    </Tag>
                  ))}
                </Flex>
              ) : (
                t('investor.noTags')
              ),
            },
            {
              key: 'contracted',
              label: t('investor.totalContracted'),
              children: formatWan(investor.totalContracted, lang),
            },
            {
              key: 'arrived',
              label: t('investor.totalArrived'),
              children: formatWan(investor.totalArrived, lang),
            },
          ]}
        />
      </Card>
      <Card
        title={
          <span style={{ whiteSpace: 'normal' }}>
            {t('investor.projects', { count: investor.projects.length })}
          </span>
        }
      >
        <Table<InvestorProject>
          rowKey="id"
          dataSource={investor.projects}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'name',
              title: t('investor.projectName'),
              render: (_, p) => (
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                  onClick={() => onOpenProject(p.id)}
                >
                  {p.name}
                </Button>
              ),
            },
            { key: 'code', title: t('investor.projectCode'), dataIndex: 'code' },
            { key: 'orgUnit', title: t('investor.orgUnit'), render: (_, p) => p.orgUnit.name },
            { key: 'chain', title: t('investor.chain'), render: (_, p) => p.chain.name },
            {
              key: 'stage',
              title: t('investor.stage'),
              render: (_, p) =>
                p.status === 'ACTIVE' ? (
                  bilingual(STAGE_LABELS[p.stage])
                ) : (
                  <Tag>{bilingual(PROJECT_STATUS_LABELS[p.status])}</Tag>
                ),
            },
            {
              key: 'contracted',
              title: t('investor.contracted'),
              align: 'right',
              render: (_, p) => formatWan(p.contractedInvestment, lang),
            },
            {
              key: 'arrived',
              title: t('investor.arrived'),
              align: 'right',
              render: (_, p) => formatWan(p.arrivedInvestment, lang),
            },
            {
              key: 'leader',
              title: t('investor.leader'),
              render: (_, p) => p.leader?.name ?? '—',
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
