import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import type { Role } from '../gql/graphql';
import { useT } from '../shared/i18n';
import { NAV_GROUPS, entryForPath, navEntriesFor } from './navigation';

interface NavMenuProps {
  role: Role;
  /** A collapsed sider has no room for group titles, so its groups are separated by lines. */
  collapsed?: boolean;
}

export function NavMenu({ role, collapsed = false }: NavMenuProps) {
  const t = useT();
  const { pathname } = useLocation();
  const entries = navEntriesFor(role);

  const groups = NAV_GROUPS.map((group) => ({
    type: 'group' as const,
    key: group.key,
    label: collapsed ? undefined : t(group.labelKey),
    children: entries
      .filter((entry) => entry.group === group.key)
      .map((entry) => ({
        key: entry.path,
        icon: entry.icon,
        label: <Link to={entry.path}>{t(entry.labelKey)}</Link>,
      })),
  })).filter((group) => group.children.length > 0);

  const items: MenuProps['items'] = collapsed
    ? groups.flatMap((group, index) => [
        ...(index > 0 ? [{ type: 'divider' as const, key: `${group.key}-divider` }] : []),
        ...group.children,
      ])
    : groups;

  const selected = entryForPath(pathname);
  return (
    <Menu
      mode="inline"
      aria-label={t('nav.menuLabel')}
      items={items}
      selectedKeys={selected ? [selected.path] : []}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
