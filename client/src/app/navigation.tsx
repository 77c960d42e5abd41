import {
  AimOutlined,
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  HomeOutlined,
  NodeIndexOutlined,
  ProjectOutlined,
  ScheduleOutlined,
  SlidersOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import type { Role } from '../gql/graphql';
import type { MessageKey } from '../shared/i18n';
import {
  AuditLogPage,
  BoardPage,
  ChainsPage,
  CockpitPage,
  DepartmentsPage,
  DispatchPage,
  HomePage,
  InspectionPage,
  MonthlyReportPage,
  NoticesPage,
  OrgUnitsPage,
  TargetsAdminPage,
  ThresholdsPage,
  UsersPage,
} from './pages';

export const NAV_GROUPS = [
  { key: 'work', labelKey: 'nav.group.work' },
  { key: 'settings', labelKey: 'nav.group.settings' },
] as const satisfies readonly { key: string; labelKey: MessageKey }[];

export interface NavEntry {
  path: string;
  labelKey: MessageKey;
  icon: ReactNode;
  group: (typeof NAV_GROUPS)[number]['key'];
  /** Who sees the entry and may open the page; everyone signed in when omitted. */
  roles?: readonly Role[];
  page: ComponentType;
}

// One line per page: the menu, the route and the role check all come from here.
export const NAV_ENTRIES: readonly NavEntry[] = [
  {
    path: '/board',
    labelKey: 'nav.board',
    icon: <ProjectOutlined />,
    group: 'work',
    page: BoardPage,
  },
  {
    path: '/cockpit',
    labelKey: 'nav.cockpit',
    icon: <DashboardOutlined />,
    group: 'work',
    roles: ['LEADER', 'SUPERVISOR', 'ADMIN'],
    page: CockpitPage,
  },
  {
    path: '/cockpit/report',
    labelKey: 'nav.monthlyReport',
    icon: <FileTextOutlined />,
    group: 'work',
    roles: ['LEADER', 'SUPERVISOR', 'ADMIN'],
    page: MonthlyReportPage,
  },
  {
    path: '/inspection',
    labelKey: 'nav.inspection',
    icon: <AlertOutlined />,
    group: 'work',
    roles: ['SUPERVISOR', 'LEADER', 'ADMIN'],
    page: InspectionPage,
  },
  {
    path: '/notices',
    labelKey: 'nav.notices',
    icon: <AuditOutlined />,
    group: 'work',
    page: NoticesPage,
  },
  {
    path: '/dispatch',
    labelKey: 'nav.dispatch',
    icon: <ScheduleOutlined />,
    group: 'work',
    page: DispatchPage,
  },
  { path: '/home', labelKey: 'nav.home', icon: <HomeOutlined />, group: 'work', page: HomePage },
  {
    path: '/settings/org-units',
    labelKey: 'nav.orgUnits',
    icon: <ClusterOutlined />,
    group: 'settings',
    roles: ['ADMIN'],
    page: OrgUnitsPage,
  },
  {
    path: '/settings/chains',
    labelKey: 'nav.chains',
    icon: <NodeIndexOutlined />,
    group: 'settings',
    roles: ['ADMIN'],
    page: ChainsPage,
  },
  {
    path: '/settings/users',
    labelKey: 'nav.users',
    icon: <TeamOutlined />,
    group: 'settings',
    roles: ['ADMIN'],
    page: UsersPage,
  },
  {
    path: '/settings/thresholds',
    labelKey: 'nav.thresholds',
    icon: <SlidersOutlined />,
    group: 'settings',
    roles: ['ADMIN'],
    page: ThresholdsPage,
  },
  {
    path: '/settings/targets',
    labelKey: 'nav.targets',
    icon: <AimOutlined />,
    group: 'settings',
    roles: ['ADMIN'],
    page: TargetsAdminPage,
  },
  {
    path: '/settings/departments',
    labelKey: 'nav.departments',
    icon: <ApartmentOutlined />,
    group: 'settings',
    roles: ['ADMIN'],
    page: DepartmentsPage,
  },
  {
    path: '/settings/audit-log',
    labelKey: 'nav.auditLog',
    icon: <FileSearchOutlined />,
    group: 'settings',
    roles: ['SUPERVISOR', 'ADMIN'],
    page: AuditLogPage,
  },
];

/** Where signing in lands, and where "/" leads: the board, which every role may open. */
export const LANDING_PATH = '/board';

export function canOpen(entry: NavEntry, role: Role): boolean {
  return !entry.roles || entry.roles.includes(role);
}

export function navEntriesFor(role: Role): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => canOpen(entry, role));
}

/** The entry a location belongs to: its own page or a page below it ("/" is the board's). */
export function entryForPath(pathname: string): NavEntry | undefined {
  const path = pathname === '/' ? LANDING_PATH : pathname;
  return NAV_ENTRIES.filter(
    (entry) => path === entry.path || path.startsWith(`${entry.path}/`),
  ).sort((a, b) => b.path.length - a.path.length)[0];
}
