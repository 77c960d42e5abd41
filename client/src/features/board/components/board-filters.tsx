import { FLAG_KINDS, FLAG_LABELS, STAGE_LABELS, formatWan } from '@luodi/domain';
import { useQuery } from '@apollo/client/react';
import { Button, Flex, Input, Select, Tag, TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useBilingual, useLocale, useT } from '../../../shared/i18n';
import { orgUnitOptions } from '../../../shared/org-units';
import { BoardFilterOptionsDocument } from '../api/board-operations';
import type { BoardFilters as Filters } from '../hooks/use-board-filters';

/** Names and options for the filters and forms; cached, so every use shares one request. */
export function useBoardOptions() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(BoardFilterOptionsDocument);
  const orgUnitTree = useMemo(() => (data ? orgUnitOptions(data.orgUnits, t) : []), [data, t]);
  // New projects go to active units and chains only; filters still find the retired ones.
  const activeUnitTree = useMemo(
    () =>
      data
        ? orgUnitOptions(
            data.orgUnits.filter((unit) => unit.active),
            t,
          )
        : [],
    [data, t],
  );
  const activeChains = useMemo(() => (data?.chains ?? []).filter((c) => c.active), [data]);
  return { data, orgUnitTree, activeUnitTree, activeChains, loading, error, refetch };
}

interface BoardFiltersProps {
  filters: Filters;
  active: boolean;
  onChange: (patch: Partial<Record<keyof Filters, string | null>>) => void;
  onClear: () => void;
}

const selectStyle = { width: 168 };

export function BoardFilters({ filters, active, onChange, onClear }: BoardFiltersProps) {
  const t = useT();
  const bilingual = useBilingual();
  const options = useBoardOptions();
  const [search, setSearch] = useState(filters.search ?? '');
  // A shared link or "clear" changes the URL; the box follows it.
  useEffect(() => setSearch(filters.search ?? ''), [filters.search]);

  const people = (list: readonly { id: string; name: string }[] | undefined) =>
    (list ?? []).map((person) => ({ value: person.id, label: person.name }));

  return (
    <Flex gap={8} wrap align="center" role="search" aria-label={t('board.filter.label')}>
      <TreeSelect
        allowClear
        aria-label={t('board.filter.orgUnit')}
        placeholder={t('board.filter.orgUnit')}
        style={selectStyle}
        treeData={options.orgUnitTree}
        treeDefaultExpandAll
        showSearch
        treeNodeFilterProp="title"
        loading={options.loading}
        value={filters.orgUnitId}
        onChange={(value?: string) => onChange({ orgUnitId: value ?? null })}
        popupMatchSelectWidth={260}
      />
      <Select
        allowClear
        aria-label={t('board.filter.chain')}
        placeholder={t('board.filter.chain')}
        style={selectStyle}
        loading={options.loading}
        value={filters.chainId}
        onChange={(value?: string) => onChange({ chainId: value ?? null })}
        showSearch={{ optionFilterProp: 'label' }}
        options={(options.data?.chains ?? []).map((chain) => ({
          value: chain.id,
          label: chain.name,
        }))}
        popupMatchSelectWidth={240}
      />
      <Select
        allowClear
        aria-label={t('board.filter.leader')}
        placeholder={t('board.filter.leader')}
        style={selectStyle}
        loading={options.loading}
        value={filters.leaderId}
        onChange={(value?: string) => onChange({ leaderId: value ?? null })}
        showSearch={{ optionFilterProp: 'label' }}
        options={people(options.data?.leaders)}
      />
      <Select
        allowClear
        aria-label={t('board.filter.owner')}
        placeholder={t('board.filter.owner')}
        style={selectStyle}
        loading={options.loading}
        value={filters.ownerId}
        onChange={(value?: string) => onChange({ ownerId: value ?? null })}
        showSearch={{ optionFilterProp: 'label' }}
        options={people(options.data?.staff)}
      />
      <Select
        allowClear
        aria-label={t('board.filter.flag')}
        placeholder={t('board.filter.flag')}
        style={selectStyle}
        value={filters.flag}
        onChange={(value?: string) => onChange({ flag: value ?? null })}
        options={FLAG_KINDS.map((kind) => ({ value: kind, label: bilingual(FLAG_LABELS[kind]) }))}
        popupMatchSelectWidth={200}
      />
      <Input.Search
        allowClear
        aria-label={t('board.filter.search')}
        placeholder={t('board.filter.search')}
        style={{ width: 260 }}
        value={search}
        maxLength={100}
        onChange={(event) => {
          setSearch(event.target.value);
          if (event.target.value === '') onChange({ search: null });
        }}
        onSearch={(value) => onChange({ search: value })}
      />
      <CohortChips filters={filters} onChange={onChange} />
      {active && (
        <Button type="link" onClick={onClear}>
          {t('board.filter.clear')}
        </Button>
      )}
    </Flex>
  );
}

type FilterPatch = Partial<Record<keyof Filters, string | null>>;

/** The filters a cockpit link brought along, each a chip that removes it. */
function CohortChips({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (patch: FilterPatch) => void;
}) {
  const t = useT();
  const bilingual = useBilingual();
  const { locale } = useLocale();
  const range = (from?: string, to?: string) => `${from ?? '…'} ~ ${to ?? '…'}`;
  const chips: { key: string; label: string; remove: FilterPatch }[] = [];
  if (filters.signedFrom || filters.signedTo) {
    chips.push({
      key: 'signed',
      label: t('board.chip.signed', { range: range(filters.signedFrom, filters.signedTo) }),
      remove: { signedFrom: null, signedTo: null },
    });
  }
  if (filters.landedFrom || filters.landedTo) {
    chips.push({
      key: 'landed',
      label: t('board.chip.landed', { range: range(filters.landedFrom, filters.landedTo) }),
      remove: { landedFrom: null, landedTo: null },
    });
  }
  if (filters.reachedStage) {
    chips.push({
      key: 'reached',
      label: t('board.chip.reached', { stage: bilingual(STAGE_LABELS[filters.reachedStage]) }),
      remove: { reachedStage: null },
    });
  }
  if (filters.sourceMethod) {
    chips.push({
      key: 'method',
      label: t('board.chip.sourceMethod', { method: filters.sourceMethod }),
      remove: { sourceMethod: null },
    });
  }
  if (filters.minContractedInvestment) {
    const amount = formatWan(
      Number(filters.minContractedInvestment),
      locale === 'en-US' ? 'en' : 'zh',
    );
    chips.push({
      key: 'min',
      label: t('board.chip.minContracted', { amount }),
      remove: { minContractedInvestment: null },
    });
  }
  if (filters.directOrgUnitOnly) {
    chips.push({
      key: 'direct',
      label: t('board.chip.directOrgUnitOnly'),
      remove: { directOrgUnitOnly: null },
    });
  }
  if (filters.includeTerminated) {
    chips.push({
      key: 'terminated',
      label: t('board.chip.includeTerminated'),
      remove: { includeTerminated: null },
    });
  }
  return chips.map((chip) => (
    <Tag
      key={chip.key}
      color="volcano"
      closable
      data-testid="cohort-chip"
      closeIcon={<span aria-label={t('board.chip.remove', { label: chip.label })}>×</span>}
      onClose={(event) => {
        event.preventDefault();
        onChange(chip.remove);
      }}
    >
      {chip.label}
    </Tag>
  ));
}
