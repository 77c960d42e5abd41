import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useT } from '../../../shared/i18n';
import { orgUnitOptions } from '../../../shared/org-units';
import { UserOrgUnitOptionsDocument } from '../api/user-operations';

export function useOrgUnitTreeOptions() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(UserOrgUnitOptionsDocument);
  const options = useMemo(() => (data ? orgUnitOptions(data.orgUnits, t) : []), [data, t]);
  return { options, loading, error, refetch };
}
