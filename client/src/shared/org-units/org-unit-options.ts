import type { Translate } from '../i18n';
import { orgKindLabel } from './org-kind';
import { buildOrgUnitTree, type OrgUnitLike } from './org-unit-tree';

/** A tree-select option: the unit's name with its kind, its sub-units below it. */
export interface OrgUnitOption {
  value: string;
  title: string;
  children: OrgUnitOption[];
}

/** The API's flat list of units as the nested options of a TreeSelect, each labelled 名称（县）. */
export function orgUnitOptions(
  units: readonly (OrgUnitLike & { name: string; kind: string })[],
  t: Translate,
): OrgUnitOption[] {
  const toOptions = (
    nodes: ReturnType<typeof buildOrgUnitTree<(typeof units)[number]>>,
  ): OrgUnitOption[] =>
    nodes.map(({ unit, children }) => ({
      value: unit.id,
      title: `${unit.name}（${orgKindLabel(unit.kind, t)}）`,
      children: toOptions(children),
    }));
  return toOptions(buildOrgUnitTree(units));
}
