import { useQuery } from '@apollo/client/react';
import { FLAG_KINDS, FLAG_LABELS } from '@luodi/domain';
import { Button, Flex, Segmented, Select, TreeSelect, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import type { FlagKind, FlagLevel, ProjectFilter } from '../../../gql/graphql';
import { useBilingual, useT } from '../../../shared/i18n';
import { orgUnitOptions } from '../../../shared/org-units';
import { PageError } from '../../../shared/ui/page-states';
import {
  FlagCountsDocument,
  FlaggedListDocument,
  InspectionOptionsDocument,
} from '../api/inspection-operations';
import { toFilter, useInspectionFilters } from '../hooks/use-inspection-filters';
import { FlagTiles } from './flag-tiles';
import { FlaggedTable } from './flagged-table';

const PAGE = 50;

export interface InspectionDrawerSlotProps {
  projectId: string | null;
  /** The drawer tab to open on: the history for a look, 督办 to issue a notice. */
  initialTab: string;
  onClose: () => void;
}

export interface InspectionPageProps {
  renderProjectDrawer?: (props: InspectionDrawerSlotProps) => ReactNode;
  /** Export buttons and the like, given the list's current filter. */
  renderHeaderExtra?: (list: { level?: FlagLevel; filter: ProjectFilter }) => ReactNode;
}

/** 督查: every flagged project in scope, worst first, with the counts behind each kind of trouble. */
export function InspectionPage({ renderProjectDrawer, renderHeaderExtra }: InspectionPageProps) {
  const t = useT();
  const bilingual = useBilingual();
  const { filters, setFilters, openProjectId, openTab } = useInspectionFilters();
  const options = useQuery(InspectionOptionsDocument);
  const counts = useQuery(FlagCountsDocument, {
    variables: { filter: toFilter(filters, false) },
    fetchPolicy: 'cache-and-network',
  });
  const list = useQuery(FlaggedListDocument, {
    variables: { level: filters.level, filter: toFilter(filters, true), first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const orgUnitTree = useMemo(
    () => (options.data ? orgUnitOptions(options.data.orgUnits, t) : []),
    [options.data, t],
  );
  const connection = list.data?.flaggedProjects;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const isSupervisor = options.data?.me.role === 'SUPERVISOR';

  const loadMore = () =>
    list.fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        flaggedProjects: {
          ...fetchMoreResult.flaggedProjects,
          edges: [...previous.flaggedProjects.edges, ...fetchMoreResult.flaggedProjects.edges],
        },
      }),
    });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <div>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('inspection.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('inspection.subtitle')}</Typography.Text>
        </div>
        {renderHeaderExtra?.({ level: filters.level, filter: toFilter(filters, true) })}
      </Flex>
      <FlagTiles
        counts={counts.data?.flagCounts}
        selected={filters.flag}
        onSelect={(kind) => setFilters({ flag: kind })}
      />
      <Flex gap={8} wrap align="center" role="search" aria-label={t('inspection.filters')}>
        <Segmented
          value={filters.level ?? 'ALL'}
          onChange={(value) => setFilters({ level: value === 'ALL' ? null : String(value) })}
          options={[
            { value: 'ALL', label: t('inspection.level.all') },
            { value: 'RED', label: t('inspection.level.red') },
            { value: 'YELLOW', label: t('inspection.level.yellow') },
          ]}
        />
        <Select
          allowClear
          aria-label={t('inspection.filter.kind')}
          placeholder={t('inspection.filter.kind')}
          style={{ width: 160 }}
          value={filters.flag}
          onChange={(value?: FlagKind) => setFilters({ flag: value ?? null })}
          options={FLAG_KINDS.map((kind) => ({ value: kind, label: bilingual(FLAG_LABELS[kind]) }))}
        />
        <TreeSelect
          allowClear
          aria-label={t('inspection.filter.orgUnit')}
          placeholder={t('inspection.filter.orgUnit')}
          style={{ width: 168 }}
          treeData={orgUnitTree}
          treeDefaultExpandAll
          value={filters.orgUnitId}
          onChange={(value?: string) => setFilters({ orgUnitId: value ?? null })}
          popupMatchSelectWidth={260}
        />
        <Select
          allowClear
          aria-label={t('inspection.filter.chain')}
          placeholder={t('inspection.filter.chain')}
          style={{ width: 168 }}
          value={filters.chainId}
          onChange={(value?: string) => setFilters({ chainId: value ?? null })}
          options={(options.data?.chains ?? []).map((chain) => ({
            value: chain.id,
            label: chain.name,
          }))}
        />
        <Select
          allowClear
          aria-label={t('inspection.filter.leader')}
          placeholder={t('inspection.filter.leader')}
          style={{ width: 140 }}
          value={filters.leaderId}
          onChange={(value?: string) => setFilters({ leaderId: value ?? null })}
          options={(options.data?.leaders ?? []).map((person) => ({
            value: person.id,
            label: person.name,
          }))}
        />
        {connection && (
          <Typography.Text type="secondary" data-testid="flagged-total">
            {t('inspection.total', { count: connection.totalCount })}
          </Typography.Text>
        )}
      </Flex>
      {list.error && !list.data ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <FlaggedTable
          rows={rows}
          loading={list.loading}
          onOpen={(projectId) => setFilters({ project: projectId, tab: null })}
          onIssue={
            isSupervisor
              ? (projectId) => setFilters({ project: projectId, tab: 'notices' })
              : undefined
          }
        />
      )}
      {connection?.pageInfo.hasNextPage && (
        <Flex justify="center">
          <Button onClick={() => void loadMore()} loading={list.loading}>
            {t('inspection.more', { shown: rows.length, total: connection.totalCount })}
          </Button>
        </Flex>
      )}
      {renderProjectDrawer?.({
        projectId: openProjectId,
        initialTab: openTab ?? 'timeline',
        onClose: () => setFilters({ project: null, tab: null }),
      })}
    </Flex>
  );
}
