import 'reflect-metadata';
import { loadConfig } from './config/config';
import { openDatabase } from './database/open-database';
import { hashPassword, passwordError } from './modules/auth/passwords';
import { OrgUnit } from './modules/org-units/org-unit.entity';
import { User } from './modules/users/user.entity';

/** Creates an ADMIN at the root org unit (creating the root city if the database is empty). */
async function createAdmin(username: string, name: string, password: string): Promise<void> {
  const problem =
    passwordError(password) ??
    (/^[a-z0-9._-]{3,32}$/.test(username) ? null : 'username must be 3–32 of a-z 0-9 . _ -');
  if (problem) throw new Error(problem);
  const dataSource = await openDatabase(loadConfig().database);
  try {
    await dataSource.transaction(async (manager) => {
      if (await manager.getRepository(User).existsBy({ username }))
        throw new Error(`user ${username} already exists`);
      let root = await manager
        .getRepository(OrgUnit)
        .findOneBy({ parentId: null as unknown as number });
      if (!root) {
        root = await manager
          .getRepository(OrgUnit)
          .save({ name: process.env.CITY_NAME ?? '本市', kind: 'CITY', parentId: null, path: '' });
        root.path = `/${root.id}/`;
        await manager.getRepository(OrgUnit).save(root);
      }
      await manager.getRepository(User).save({
        username,
        name,
        role: 'ADMIN',
        orgUnitId: root.id,
        passwordHash: await hashPassword(password),
        active: true,
        createdAt: new Date(),
      });
    });
    console.log(`Created admin ${username}.`);
  } finally {
    await dataSource.destroy();
  }
}

const [username, name] = process.argv.slice(2);
createAdmin(username ?? '', name ?? '', process.env.ADMIN_PASSWORD ?? '').catch(
  (error: unknown) => {
    console.error(`luodi: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
