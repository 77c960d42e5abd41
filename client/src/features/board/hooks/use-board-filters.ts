import { FLAG_KINDS, SOURCE_METHODS, isIsoDate, isStage } from '@luodi/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { FlagKind, ProjectFilter, Stage } from '../../../gql/graphql';

/** The board's filters, each kept in the URL under its own name so a filtered board can be shared. */
export interface BoardFilters {
  orgUnitId?: string;
  chainId?: string;
  leaderId?: string;
  ownerId?: string;
  flag?: FlagKind;
  search?: string;
  // The cohort a cockpit figure links to (see COHORT_FILTER_KEYS).
  signedFrom?: string;
  signedTo?: string;
  landedFrom?: string;
  landedTo?: string;
  reachedStage?: Stage;
  sourceMethod?: string;
  minContractedInvestment?: string;
  directOrgUnitOnly?: 'true';
  includeTerminated?: 'true';
}

/** Filters without a control of their own: they arrive by link and show as removable chips. */
export const COHORT_FILTER_KEYS = [
  'signedFrom',
  'signedTo',
  'landedFrom',
  'landedTo',
  'reachedStage',
  'sourceMethod',
  'minContractedInvestment',
  'directOrgUnitOnly',
  'includeTerminated',
] as const satisfies readonly (keyof BoardFilters)[];

export const BOARD_FILTER_KEYS = [
  'orgUnitId',
  'chainId',
  'leaderId',
  'ownerId',
  'flag',
  'search',
  ...COHORT_FILTER_KEYS,
] as const satisfies readonly (keyof BoardFilters)[];

const DATE_KEYS = ['signedFrom', 'signedTo', 'landedFrom', 'landedTo'] as const;
const SWITCH_KEYS = ['directOrgUnitOnly', 'includeTerminated'] as const;

const ID_KEYS = ['orgUnitId', 'chainId', 'leaderId', 'ownerId'] as const;
const MAX_SEARCH_LENGTH = 100;

function isFlagKind(value: string): value is FlagKind {
  return (FLAG_KINDS as readonly string[]).includes(value);
}

/** Reads the filters from a query string; unknown keys and malformed values are ignored. */
export function readBoardFilters(params: URLSearchParams): BoardFilters {
  const filters: BoardFilters = {};
  for (const key of ID_KEYS) {
    const value = params.get(key)?.trim();
    if (value && /^\d+$/.test(value)) filters[key] = value;
  }
  const flag = params.get('flag')?.trim().toUpperCase();
  if (flag && isFlagKind(flag)) filters.flag = flag;
  const search = params.get('search')?.trim();
  if (search) filters.search = search.slice(0, MAX_SEARCH_LENGTH);
  for (const key of DATE_KEYS) {
    const value = params.get(key)?.trim();
    if (isIsoDate(value)) filters[key] = value;
  }
  const reached = params.get('reachedStage')?.trim().toUpperCase();
  if (isStage(reached)) filters.reachedStage = reached;
  const method = params.get('sourceMethod')?.trim();
  if (method && (SOURCE_METHODS as readonly string[]).includes(method))
    filters.sourceMethod = method;
  const min = params.get('minContractedInvestment')?.trim();
  if (min && /^\d+(\.\d{1,2})?$/.test(min)) filters.minContractedInvestment = min;
  for (const key of SWITCH_KEYS) {
    if (['true', '1'].includes(params.get(key)?.trim() ?? '')) filters[key] = 'true';
  }
  return filters;
}

/** Writes `patch` over the filters in `params`; an empty value removes its key. Other keys stay. */
export function writeBoardFilters(
  params: URLSearchParams,
  patch: Partial<Record<keyof BoardFilters, string | null | undefined>>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch)) {
    const trimmed = value?.trim();
    if (trimmed) next.set(key, trimmed);
    else next.delete(key);
  }
  return next;
}

/** The filters as the API's ProjectFilter (only the keys that are set). */
export function toProjectFilter(filters: BoardFilters): ProjectFilter {
  const { minContractedInvestment, directOrgUnitOnly, includeTerminated, ...rest } = filters;
  return {
    ...rest,
    ...(minContractedInvestment
      ? { minContractedInvestment: Number(minContractedInvestment) }
      : {}),
    ...(directOrgUnitOnly ? { directOrgUnitOnly: true } : {}),
    ...(includeTerminated ? { includeTerminated: true } : {}),
  };
}

/** A stable key for a set of filters: equal filters give equal keys, whatever the URL order. */
export function boardFiltersKey(filters: BoardFilters): string {
  return JSON.stringify(BOARD_FILTER_KEYS.map((key) => filters[key] ?? null));
}

export function useBoardFilters() {
  const [params, setParams] = useSearchParams();
  const raw = readBoardFilters(params);
  const key = boardFiltersKey(raw);
  // The same filters keep the same object, so effects keyed on them do not run again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => raw, [key]);
  const active = BOARD_FILTER_KEYS.some((name) => filters[name] !== undefined);

  const setFilters = useCallback(
    (patch: Partial<Record<keyof BoardFilters, string | null | undefined>>) =>
      setParams((current) => writeBoardFilters(current, patch), { replace: true }),
    [setParams],
  );
  const clearFilters = useCallback(
    () =>
      setParams(
        (current) =>
          writeBoardFilters(current, Object.fromEntries(BOARD_FILTER_KEYS.map((k) => [k, null]))),
        { replace: true },
      ),
    [setParams],
  );

  return { filters, filtersKey: key, active, setFilters, clearFilters };
}
