// The left menu: the registry first, then each area's pages grouped in a sub-menu, then the system pages.
import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  HomeOutlined,
  IdcardOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { canReadRegistry, may } from '../auth/permissions';
import { moduleRoutes } from '../modules';
import type { Me } from '../types';

interface Leaf {
  key: string;
  icon?: ReactNode;
  label: string;
}
interface Group {
  key: string;
  icon: ReactNode;
  label: string;
  children: Leaf[];
}

/** Areas by the first segment of a page's path; a page outside them stays at the top level. */
const AREAS: { key: string; labelKey: string; icon: ReactNode; segments: string[] }[] = [
  {
    key: 'area-lifecycle',
    labelKey: 'nav.areas.lifecycle',
    icon: <SolutionOutlined />,
    segments: ['recruitment', 'probation', 'transfers', 'meetings', 'messages', 'discipline', 'screening', 'lifecycle'],
  },
  { key: 'area-assessment', labelKey: 'nav.areas.assessment', icon: <TrophyOutlined />, segments: ['assessments', 'tasks', 'remediation'] },
  { key: 'area-grassroots', labelKey: 'nav.areas.grassroots', icon: <HomeOutlined />, segments: ['grassroots'] },
  { key: 'area-data', labelKey: 'nav.areas.data', icon: <BarChartOutlined />, segments: ['dashboard', 'data', 'reports'] },
];

export function menuItems(me: Me, t: TFunction): (Leaf | Group)[] {
  const pages = moduleRoutes
    .filter((r) => r.menu && (!r.menu.roles || me.grants.some((g) => r.menu!.roles!.includes(g.role))))
    .map((r) => ({ key: `/${r.path}`, icon: r.menu!.icon, label: t(r.menu!.labelKey), segment: r.path.split('/')[0]! }));
  const groups: Group[] = AREAS.map((a) => ({
    key: a.key,
    icon: a.icon,
    label: t(a.labelKey),
    children: pages.filter((p) => a.segments.includes(p.segment)).map(({ segment: _, ...leaf }) => leaf),
  })).filter((g) => g.children.length > 0);
  const loose = pages.filter((p) => !AREAS.some((a) => a.segments.includes(p.segment))).map(({ segment: _, ...leaf }) => leaf);
  return [
    ...(canReadRegistry(me)
      ? [
          { key: '/units', icon: <ApartmentOutlined />, label: t('nav.units') },
          { key: '/members', icon: <TeamOutlined />, label: t('nav.members') },
        ]
      : []),
    ...(me.memberId ? [{ key: `/members/${me.memberId}`, icon: <IdcardOutlined />, label: t('nav.myRecord') }] : []),
    ...groups,
    ...loose,
    ...(canReadRegistry(me) ? [{ key: '/audit', icon: <AuditOutlined />, label: t('nav.audit') }] : []),
    ...(may(me, 'user.manage') ? [{ key: '/users', icon: <UserOutlined />, label: t('nav.users') }] : []),
  ];
}

/** The menu entry of the page shown: the longest menu key that the path starts with. */
export function selectedEntry(items: (Leaf | Group)[], pathname: string): { selected: string; open: string[] } {
  let best = { selected: '', open: [] as string[] };
  const consider = (key: string, group?: string) => {
    if ((pathname === key || pathname.startsWith(`${key}/`)) && key.length > best.selected.length)
      best = { selected: key, open: group ? [group] : [] };
  };
  for (const item of items) {
    if ('children' in item) for (const c of item.children) consider(c.key, item.key);
    else consider(item.key);
  }
  return best;
}
