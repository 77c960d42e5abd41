import { ApartmentOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { ROLE_LABELS } from '@luodi/domain';
import { Avatar, Button, Divider, Flex, Tag, Typography } from 'antd';
import { ChangePasswordButton } from '../features/auth';
import type { MeQuery } from '../gql/graphql';
import { LanguageSwitch, useBilingual, useT } from '../shared/i18n';

interface AppHeaderProps {
  user: MeQuery['me'];
  onLogout: () => void;
  /** One item under the other, as in the phone menu. */
  stacked?: boolean;
}

export function AppHeader({ user, onLogout, stacked = false }: AppHeaderProps) {
  const t = useT();
  const bilingual = useBilingual();
  return (
    <Flex
      justify={stacked ? 'flex-start' : 'flex-end'}
      align={stacked ? 'flex-start' : 'center'}
      vertical={stacked}
      gap={12}
      style={{ height: '100%' }}
    >
      <Flex align="center" gap={8} wrap>
        <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#c0392b' }} />
        <Typography.Text strong>{user.name}</Typography.Text>
        <Tag color="red">{bilingual(ROLE_LABELS[user.role])}</Tag>
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          <ApartmentOutlined /> {user.orgUnit.name}
        </Typography.Text>
      </Flex>
      {!stacked && <Divider orientation="vertical" />}
      <LanguageSwitch />
      <ChangePasswordButton username={user.username} />
      <Button type="text" icon={<LogoutOutlined />} onClick={onLogout}>
        {t('shell.logout')}
      </Button>
    </Flex>
  );
}
