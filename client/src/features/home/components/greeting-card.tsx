import { ApartmentOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '@luodi/domain';
import { Card, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { HomeOverviewQuery } from '../../../gql/graphql';
import { useBilingual, useT, type MessageKey } from '../../../shared/i18n';

function greetingKey(hour: number): MessageKey {
  if (hour < 12) return 'home.greeting.morning';
  if (hour < 18) return 'home.greeting.afternoon';
  return 'home.greeting.evening';
}

export function GreetingCard({ me }: { me: HomeOverviewQuery['me'] }) {
  const t = useT();
  const bilingual = useBilingual();
  const now = dayjs();
  return (
    <Card>
      <Flex vertical gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t(greetingKey(now.hour()), { name: me.name })}
        </Typography.Title>
        <Flex wrap gap={8} align="center">
          <Tag color="red">{bilingual(ROLE_LABELS[me.role])}</Tag>
          <Typography.Text>
            <ApartmentOutlined /> {me.orgUnit.name}
          </Typography.Text>
        </Flex>
        <Typography.Text type="secondary">
          {t('home.today', { date: now.format(t('format.longDate')) })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
