import { FLAG_KINDS } from '@luodi/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { FlagKind, FlagLevel, ProjectFilter } from '../../../gql/graphql';

/** The 督查 list's filters, in the URL so a list can be shared and survives a reload. */
export interface InspectionFilters {
  level?: FlagLevel;
  flag?: FlagKind;
  orgUnitId?: string;
  chainId?: string;
  leaderId?: string;
}

export type InspectionFilterKey = keyof InspectionFilters;
const ID_KEYS = ['orgUnitId', 'chainId', 'leaderId'] as const;

export function readInspectionFilters(params: URLSearchParams): InspectionFilters {
  const filters: InspectionFilters = {};
  for (const key of ID_KEYS) {
    const value = params.get(key)?.trim();
    if (value && /^\d+$/.test(value)) filters[key] = value;
  }
  const level = params.get('level');
  if (level === 'RED' || level === 'YELLOW') filters.level = level;
  const flag = params.get('flag');
  if (flag && (FLAG_KINDS as readonly string[]).includes(flag)) filters.flag = flag as FlagKind;
  return filters;
}

/** The ProjectFilter of the list; the tiles count every kind, so they leave `flag` out. */
export function toFilter(filters: InspectionFilters, withKind: boolean): ProjectFilter {
  const { orgUnitId, chainId, leaderId, flag } = filters;
  return { orgUnitId, chainId, leaderId, ...(withKind && flag ? { flag } : {}) };
}

export function useInspectionFilters() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => readInspectionFilters(params), [key]);
  const setFilters = useCallback(
    (patch: Partial<Record<InspectionFilterKey | 'project' | 'tab', string | null | undefined>>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(patch)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      }),
    [setParams],
  );
  return { filters, setFilters, openProjectId: params.get('project'), openTab: params.get('tab') };
}
