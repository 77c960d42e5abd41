import { buildOrgUnitTree, type OrgUnitTreeNode } from './org-unit-tree';

interface Unit {
  id: string;
  parent: { id: string } | null;
}

function shape(nodes: OrgUnitTreeNode<Unit>[]): unknown[] {
  return nodes.map(({ unit, children }) =>
    children.length ? { [unit.id]: shape(children) } : unit.id,
  );
}

describe('buildOrgUnitTree', () => {
  it('nests units under their parents, keeping the order the API gave', () => {
    const units: Unit[] = [
      { id: 'city', parent: null },
      { id: 'county-a', parent: { id: 'city' } },
      { id: 'park', parent: { id: 'county-a' } },
      { id: 'county-b', parent: { id: 'city' } },
    ];
    expect(shape(buildOrgUnitTree(units))).toEqual([
      { city: [{ 'county-a': ['park'] }, 'county-b'] },
    ]);
  });

  it('puts the top of a limited scope at the root, though its parent lies outside', () => {
    const countyScope: Unit[] = [
      { id: 'county-a', parent: { id: 'city' } },
      { id: 'park', parent: { id: 'county-a' } },
    ];
    expect(shape(buildOrgUnitTree(countyScope))).toEqual([{ 'county-a': ['park'] }]);
  });
});
