import { yearPeriod, type Stage, type TargetMetric } from '@luodi/domain';

/** The groupings of the rates query. */
export type RateGroup = 'ORG_UNIT' | 'CHAIN' | 'LEADER' | 'SOURCE_METHOD';

/** The key the rates give a leaderless group: the board cannot filter for "no leader". */
const NO_LEADER = 'NONE';

export interface CohortSpec {
  signedFrom?: string;
  signedTo?: string;
  landedFrom?: string;
  landedTo?: string;
  /** One group of a rates table, by its key. */
  group?: { by: RateGroup; key: string };
  reachedStage?: Stage;
  minContractedInvestment?: number;
  orgUnitId?: string;
  chainId?: string;
}

const GROUP_PARAM: Record<RateGroup, string> = {
  ORG_UNIT: 'orgUnitId',
  CHAIN: 'chainId',
  LEADER: 'leaderId',
  SOURCE_METHOD: 'sourceMethod',
};

/**
 * The board URL that shows exactly the projects behind a cockpit figure. Terminated projects stay
 * in every cohort (domain.md, Rates), and a unit's rates row holds its own projects only, not its
 * parks'; null when the board cannot show the group.
 */
export function cohortBoardPath(spec: CohortSpec): string | null {
  const params = new URLSearchParams();
  const { group } = spec;
  if (group) {
    if (group.key === 'TOTAL') {
      // The total row is the whole cohort.
    } else if (group.by === 'LEADER' && group.key === NO_LEADER) {
      return null;
    } else {
      params.set(GROUP_PARAM[group.by], group.key);
      if (group.by === 'ORG_UNIT') params.set('directOrgUnitOnly', 'true');
    }
  }
  if (spec.orgUnitId) params.set('orgUnitId', spec.orgUnitId);
  if (spec.chainId) params.set('chainId', spec.chainId);
  for (const key of ['signedFrom', 'signedTo', 'landedFrom', 'landedTo', 'reachedStage'] as const) {
    const value = spec[key];
    if (value) params.set(key, value);
  }
  if (spec.minContractedInvestment !== undefined)
    params.set('minContractedInvestment', String(spec.minContractedInvestment));
  params.set('includeTerminated', 'true');
  return `/board?${params.toString()}`;
}

export interface TargetScope {
  year: number;
  metric: TargetMetric;
  minInvestment?: number | null;
  orgUnitId?: string | null;
  chainId?: string | null;
}

/**
 * The projects a target's actual counts (the whole subtree for a unit's target); null for capital
 * arrivals, which are counted by the date money arrived and the board has no such filter, and for
 * 三类500强 counts, as the board does not filter by investor tag.
 */
export function targetBoardPath(target: TargetScope): string | null {
  const { from, to } = yearPeriod(target.year);
  const scope = { orgUnitId: target.orgUnitId ?? undefined, chainId: target.chainId ?? undefined };
  switch (target.metric) {
    case 'SIGNED_COUNT':
    case 'CONTRACTED_INVESTMENT':
      return cohortBoardPath({ ...scope, signedFrom: from, signedTo: to });
    case 'LANDED_COUNT':
      return cohortBoardPath({
        ...scope,
        landedFrom: from,
        landedTo: to,
        minContractedInvestment: target.minInvestment ?? 0,
      });
    case 'ARRIVED_INVESTMENT':
    case 'TOP500_SIGNED_COUNT':
      // The board filters neither by the date money arrived nor by investor tag.
      return null;
  }
}
