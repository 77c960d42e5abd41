export interface OrgUnitLike {
  id: string;
  parent?: { id: string } | null;
}

export interface OrgUnitTreeNode<Unit extends OrgUnitLike> {
  unit: Unit;
  children: OrgUnitTreeNode<Unit>[];
}

/**
 * Nests the flat list the API returns. A unit whose parent is outside the list (the top of
 * a person's scope) becomes a root, so a county user sees their county at the top.
 */
export function buildOrgUnitTree<Unit extends OrgUnitLike>(
  units: readonly Unit[],
): OrgUnitTreeNode<Unit>[] {
  const nodes = new Map(
    units.map((unit) => [unit.id, { unit, children: [] } as OrgUnitTreeNode<Unit>]),
  );
  const roots: OrgUnitTreeNode<Unit>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parent ? nodes.get(node.unit.parent.id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
