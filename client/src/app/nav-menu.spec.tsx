import { act, screen, within } from '@testing-library/react';
import type { Role } from '../gql/graphql';
import { renderWithProviders } from '../testing/render-with-providers';
import { NavMenu } from './nav-menu';
import { entryForPath, navEntriesFor } from './navigation';

// The menu registers its items in a microtask after mounting.
async function renderMenu(role: Role, options?: Parameters<typeof renderWithProviders>[1]) {
  await act(async () => {
    renderWithProviders(<NavMenu role={role} />, options);
  });
}

function menuLabels() {
  return within(screen.getByRole('menu'))
    .getAllByRole('menuitem')
    .map((item) => item.textContent);
}

const LEADING = [
  '/board',
  '/cockpit',
  '/cockpit/report',
  '/inspection',
  '/notices',
  '/dispatch',
  '/home',
];
const ADMIN_MENU = [
  '看板',
  '驾驶舱',
  '月度调度',
  '督查',
  '督办',
  '调度',
  '工作台',
  '组织机构',
  '产业链',
  '用户',
  '预警阈值',
  '年度目标',
  '责任部门',
  '操作日志',
];

describe('navigation per role', () => {
  it.each<[Role, string[]]>([
    ['STAFF', ['/board', '/notices', '/dispatch', '/home']],
    ['LEADER', LEADING],
    ['SUPERVISOR', [...LEADING, '/settings/audit-log']],
    [
      'ADMIN',
      [
        ...LEADING,
        '/settings/org-units',
        '/settings/chains',
        '/settings/users',
        '/settings/thresholds',
        '/settings/targets',
        '/settings/departments',
        '/settings/audit-log',
      ],
    ],
  ])('%s sees only the pages meant for that role', (role, paths) => {
    expect(navEntriesFor(role).map((entry) => entry.path)).toEqual(paths);
  });

  it('shows staff the board first, the workbench and 调度, without an empty settings group', async () => {
    await renderMenu('STAFF');
    expect(menuLabels()).toEqual(['看板', '督办', '调度', '工作台']);
    expect(screen.queryByText('设置')).toBeNull();
  });

  it('shows an administrator every settings page under 设置', async () => {
    await renderMenu('ADMIN');
    expect(menuLabels()).toEqual(ADMIN_MENU);
    expect(screen.getByText('设置')).toBeTruthy();
  });

  it('drops the group titles when the sider is collapsed', async () => {
    await act(async () => {
      renderWithProviders(<NavMenu role="ADMIN" collapsed />);
    });
    expect(menuLabels()).toEqual(ADMIN_MENU);
    expect(screen.queryByText('设置')).toBeNull();
  });

  it('labels the menu in English when English is chosen', async () => {
    await renderMenu('ADMIN', { locale: 'en-US' });
    expect(menuLabels()).toEqual([
      'Board',
      'Cockpit',
      'Monthly report',
      'Inspection',
      'Notices',
      'Dispatch',
      'Workbench',
      'Organisation',
      'Industry chains',
      'Users',
      'Flag thresholds',
      'Yearly targets',
      'Departments',
      'Audit log',
    ]);
  });

  it('highlights the page being shown', async () => {
    await renderMenu('ADMIN', { path: '/settings/users' });
    const selected = screen
      .getAllByRole('menuitem')
      .find((item) => item.className.includes('ant-menu-item-selected'));
    expect(selected?.textContent).toBe('用户');
  });

  it('matches a location to its page, and unknown locations to none', () => {
    expect(entryForPath('/')?.path).toBe('/board');
    expect(entryForPath('/home')?.path).toBe('/home');
    expect(entryForPath('/settings/users')?.path).toBe('/settings/users');
    expect(entryForPath('/settings/users/42')?.path).toBe('/settings/users');
    expect(entryForPath('/cockpit/report')?.path).toBe('/cockpit/report');
    expect(entryForPath('/dispatch')?.path).toBe('/dispatch');
    expect(entryForPath('/settings/departments')?.path).toBe('/settings/departments');
    expect(entryForPath('/nowhere')).toBeUndefined();
  });
});
