import { useQuery } from '@apollo/client/react';
import { MeDocument } from '../api/session-operations';

export function useCurrentUser() {
  const { data, loading, error, refetch } = useQuery(MeDocument);
  return { user: data?.me, loading, error, refetch };
}
