import type { Role } from '@luodi/domain';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../modules/auth/passwords';
import { OrgUnit, type OrgUnitKind } from '../modules/org-units/org-unit.entity';
import { User } from '../modules/users/user.entity';

export const DEMO_PASSWORD = 'luodi2026';

/** Places from the speeches in shared/seeds: 湘西市, its counties and their industrial parks. */
const DEMO_ORG_UNITS: { key: string; name: string; kind: OrgUnitKind; parent?: string }[] = [
  { key: 'city', name: '湘西市', kind: 'CITY' },
  { key: 'luxi', name: '泸溪县', kind: 'COUNTY', parent: 'city' },
  { key: 'huayuan', name: '花垣县', kind: 'COUNTY', parent: 'city' },
  { key: 'baojing', name: '保靖县', kind: 'COUNTY', parent: 'city' },
  { key: 'luxi-park', name: '泸溪高新区', kind: 'PARK', parent: 'luxi' },
  { key: 'huayuan-park', name: '花垣（盈田高科）园区', kind: 'PARK', parent: 'huayuan' },
];

export const DEMO_USERS: { username: string; name: string; role: Role; orgUnit: string }[] = [
  { username: 'admin', name: '系统管理员', role: 'ADMIN', orgUnit: 'city' },
  { username: 'zhang.staff', name: '张明', role: 'STAFF', orgUnit: 'luxi' },
  { username: 'li.staff', name: '李芳', role: 'STAFF', orgUnit: 'huayuan' },
  { username: 'wang.leader', name: '王建国', role: 'LEADER', orgUnit: 'city' },
  { username: 'zhao.supervisor', name: '赵敏', role: 'SUPERVISOR', orgUnit: 'city' },
  { username: 'chen.leader', name: '陈志强', role: 'LEADER', orgUnit: 'luxi' },
  { username: 'liu.leader', name: '刘洋', role: 'LEADER', orgUnit: 'huayuan' },
  { username: 'sun.staff', name: '孙丽', role: 'STAFF', orgUnit: 'baojing' },
  { username: 'zhou.staff', name: '周杰', role: 'STAFF', orgUnit: 'luxi-park' },
];

export interface DemoAccounts {
  orgUnits: Map<string, OrgUnit>;
  users: Map<string, User>;
}

export async function seedDemoAccounts(manager: EntityManager): Promise<DemoAccounts> {
  const orgUnits = new Map<string, OrgUnit>();
  for (const unit of DEMO_ORG_UNITS) {
    const parent = unit.parent ? orgUnits.get(unit.parent)! : null;
    const saved = await manager
      .getRepository(OrgUnit)
      .save({ name: unit.name, kind: unit.kind, parentId: parent?.id ?? null, path: '' });
    saved.path = `${parent?.path ?? '/'}${saved.id}/`;
    orgUnits.set(unit.key, await manager.getRepository(OrgUnit).save(saved));
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<string, User>();
  for (const user of DEMO_USERS) {
    const saved = await manager.getRepository(User).save({
      username: user.username,
      name: user.name,
      role: user.role,
      orgUnitId: orgUnits.get(user.orgUnit)!.id,
      passwordHash,
      active: true,
      createdAt: new Date(),
    });
    users.set(user.username, saved);
  }
  return { orgUnits, users };
}
