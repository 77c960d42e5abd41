import { todayIso } from '@luodi/domain';
import type { DataSource } from 'typeorm';
import { User } from '../modules/users/user.entity';
import { seedDemoAccounts } from './demo-accounts';
import { seedDemoBlockers } from './demo-blockers';
import { seedDemoNotices } from './demo-notices';
import { seedDemoProjects } from './demo-projects';
import { seedDemoTargets } from './demo-targets';

/**
 * Fills an empty database with the demo city in one transaction: accounts, then chains and
 * projects dated back from `today` (with their flag schedules refreshed, see seedDemoProjects), then
 * the 责任部门 and a few 交办问题.
 * A database that has any user is left alone.
 */
export async function seedDemoData(
  dataSource: DataSource,
  today: string = todayIso(),
): Promise<boolean> {
  if ((await dataSource.getRepository(User).count()) > 0) return false;
  await dataSource.transaction(async (manager) => {
    const accounts = await seedDemoAccounts(manager);
    await seedDemoProjects(manager, accounts, today);
    await seedDemoBlockers(manager, accounts, today);
    await seedDemoNotices(manager, accounts, today);
    await seedDemoTargets(manager, accounts, today);
  });
  return true;
}
