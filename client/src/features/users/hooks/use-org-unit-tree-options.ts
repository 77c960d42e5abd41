import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { UserOrgUnitOptionsQuery } from '../../../gql/graphql';
import { useT, type Translate } from '../../../shared/i18n';
import { buildOrgUnitTree, orgKindLabel, type OrgUnitTreeNode } from '../../../shared/org-units';
import { UserOrgUnitOptionsDocument } from '../api/user-operations';

type OrgUnit = UserOrgUnitOptionsQuery['orgUnits'][number];

export interface OrgUnitOption {
  value: string;
  title: string;
  children: OrgUnitOption[];
}

function toOptions(nodes: OrgUnitTreeNode<OrgUnit>[], t: Translate): OrgUnitOption[] {
  return nodes.map(({ unit, children }) => ({
    value: unit.id,
    title: `${unit.name}（${orgKindLabel(unit.kind, t)}）`,
    children: toOptions(children, t),
  }));
}

export function useOrgUnitTreeOptions() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(UserOrgUnitOptionsDocument);
  const options = useMemo(
    () => (data ? toOptions(buildOrgUnitTree(data.orgUnits), t) : []),
    [data, t],
  );
  return { options, loading, error, refetch };
}
