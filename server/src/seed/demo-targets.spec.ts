import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../database/open-database';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { OrgUnit } from '../modules/org-units/org-unit.entity';
import { Target } from '../modules/targets/target.entity';
import { seedDemoData } from './seed-demo';

describe('demo targets', () => {
  let dir: string;
  let db: DataSource;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'luodi-targets-'));
    db = await openDatabase({ type: 'sqlite', path: join(dir, 'demo.sqlite') });
    await seedDemoData(db, '2026-11-25');
  }, 60_000);

  afterAll(async () => {
    if (db?.isInitialized) await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sets this year’s city target of 40 chain projects landed at ≥ 3000 万元 (seed 003), audited', async () => {
    const city = await db.getRepository(OrgUnit).findOneByOrFail({ name: '湘西市' });
    const landed = await db.getRepository(Target).findOneByOrFail({
      year: 2026,
      scopeKind: 'ORG_UNIT',
      scopeId: city.id,
      metric: 'LANDED_COUNT',
    });
    expect(landed).toMatchObject({ value: 40, minInvestment: 3000 });
    const targets = await db.getRepository(Target).find();
    expect(new Set(targets.map((target) => target.year))).toEqual(new Set([2026]));
    expect(targets.filter((target) => target.scopeKind === 'CHAIN').length).toBeGreaterThan(0);
    expect(
      targets.every(
        (target) => (target.metric === 'LANDED_COUNT') === (target.minInvestment !== null),
      ),
    ).toBe(true);
    expect(await db.getRepository(AuditEvent).countBy({ entity: 'Target', action: 'CREATE' })).toBe(
      targets.length,
    );
  });
});
