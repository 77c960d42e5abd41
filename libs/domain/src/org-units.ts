import type { BilingualLabel } from './stages';

/** The kinds of unit in the tree that owns projects ("市县两级项目库"). */
export const ORG_UNIT_KINDS = ['CITY', 'COUNTY', 'PARK', 'TOWNSHIP'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const ORG_UNIT_KIND_LABELS: Record<OrgUnitKind, BilingualLabel> = {
  CITY: { zh: '市', en: 'City' },
  COUNTY: { zh: '县市区', en: 'County / district' },
  PARK: { zh: '园区', en: 'Industrial park' },
  TOWNSHIP: { zh: '乡镇/街道', en: 'Township / subdistrict' },
};

/**
 * Which kind of unit each kind may sit under: the 市 is the root; 县市区 belong to the 市;
 * a 园区 to the 市 or a 县市区; a 乡镇/街道 to a 县市区 or the 园区 that manages it.
 */
export const ORG_UNIT_PARENT_KINDS: Record<OrgUnitKind, readonly OrgUnitKind[]> = {
  CITY: [],
  COUNTY: ['CITY'],
  PARK: ['CITY', 'COUNTY'],
  TOWNSHIP: ['COUNTY', 'PARK'],
};

export function isOrgUnitKind(kind: unknown): kind is OrgUnitKind {
  return typeof kind === 'string' && (ORG_UNIT_KINDS as readonly string[]).includes(kind);
}

/** Why a unit of `kind` cannot sit under a unit of `parentKind` (null: at the root); null if it can. */
export function orgUnitPlacementError(
  kind: OrgUnitKind,
  parentKind: OrgUnitKind | null,
): string | null {
  const allowed = ORG_UNIT_PARENT_KINDS[kind];
  if (parentKind === null)
    return allowed.length === 0 ? null : `${ORG_UNIT_KIND_LABELS[kind].zh}须有上级单位`;
  if (allowed.length === 0) return `${ORG_UNIT_KIND_LABELS[kind].zh}只能是最上级单位`;
  if (!allowed.includes(parentKind))
    return `${ORG_UNIT_KIND_LABELS[kind].zh}的上级须为${allowed
      .map((k) => ORG_UNIT_KIND_LABELS[k].zh)
      .join('或')}`;
  return null;
}

/** What still hangs on a unit, in the words of the refusal to deactivate or move it. */
export interface OrgUnitHoldings {
  activeChildren?: number;
  liveProjects?: number;
  activeUsers?: number;
}

/** "该单位下还有 2 个启用的下级单位、12 个在办项目、3 名在职用户"; null when nothing holds it. */
export function orgUnitHoldingsMessage(holdings: OrgUnitHoldings): string | null {
  const parts: string[] = [];
  if (holdings.activeChildren) parts.push(`${holdings.activeChildren} 个启用的下级单位`);
  if (holdings.liveProjects) parts.push(`${holdings.liveProjects} 个在办项目`);
  if (holdings.activeUsers) parts.push(`${holdings.activeUsers} 名在职用户`);
  return parts.length ? `该单位下还有 ${parts.join('、')}` : null;
}
