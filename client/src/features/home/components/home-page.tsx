import { useQuery } from '@apollo/client/react';
import { Card, Flex, Skeleton } from 'antd';
import { PageError } from '../../../shared/ui/page-states';
import { HomeOverviewDocument } from '../api/home-overview';
import { GreetingCard } from './greeting-card';
import { OrgScopeCard } from './org-scope-card';

export function HomePage() {
  const { data, error, refetch } = useQuery(HomeOverviewDocument);

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;
  if (!data) {
    return (
      <Flex vertical gap={16}>
        <Card>
          <Skeleton active paragraph={{ rows: 2 }} />
        </Card>
        <Card>
          <Skeleton active />
        </Card>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16}>
      <GreetingCard me={data.me} />
      <OrgScopeCard orgUnits={data.orgUnits} />
    </Flex>
  );
}
