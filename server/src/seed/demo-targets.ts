import type { TargetMetric } from '@luodi/domain';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { diffFields } from '../modules/audit/audit.service';
import { IndustryChain } from '../modules/chains/industry-chain.entity';
import { Target } from '../modules/targets/target.entity';
import type { DemoAccounts } from './demo-accounts';

type DemoTarget = { metric: TargetMetric; value: number; minInvestment?: number };

/** "引进投资3000万元以上的产业链落地项目40个以上" (seed 003), scaled to the demo city's projects. */
const CITY_TARGETS: DemoTarget[] = [
  { metric: 'SIGNED_COUNT', value: 40 },
  { metric: 'CONTRACTED_INVESTMENT', value: 1_500_000 },
  { metric: 'LANDED_COUNT', value: 40, minInvestment: 3000 },
  { metric: 'ARRIVED_INVESTMENT', value: 800_000 },
];
const COUNTY_TARGETS: Record<string, DemoTarget[]> = {
  luxi: [
    { metric: 'SIGNED_COUNT', value: 20 },
    { metric: 'LANDED_COUNT', value: 12, minInvestment: 3000 },
    { metric: 'ARRIVED_INVESTMENT', value: 300_000 },
  ],
  huayuan: [
    { metric: 'SIGNED_COUNT', value: 14 },
    { metric: 'LANDED_COUNT', value: 10, minInvestment: 3000 },
    { metric: 'ARRIVED_INVESTMENT', value: 350_000 },
  ],
  baojing: [
    { metric: 'SIGNED_COUNT', value: 12 },
    { metric: 'LANDED_COUNT', value: 8, minInvestment: 3000 },
    // Not set yet (0): the cockpit shows "—" rather than a percentage of nothing.
    { metric: 'ARRIVED_INVESTMENT', value: 0 },
  ],
};
const CHAIN_TARGETS: Record<string, DemoTarget[]> = {
  白酒: [
    { metric: 'CONTRACTED_INVESTMENT', value: 200_000 },
    { metric: 'LANDED_COUNT', value: 8, minInvestment: 3000 },
  ],
  锰锌钒新材料: [
    { metric: 'CONTRACTED_INVESTMENT', value: 400_000 },
    { metric: 'LANDED_COUNT', value: 10, minInvestment: 3000 },
  ],
};

/** This year's targets for the city, its counties and two chains, set by the admin. */
export async function seedDemoTargets(
  manager: EntityManager,
  accounts: DemoAccounts,
  today: string,
): Promise<void> {
  const year = Number(today.slice(0, 4));
  const admin = accounts.users.get('admin')!;
  const chains = await manager.getRepository(IndustryChain).find();
  const scoped: { scopeKind: Target['scopeKind']; scopeId: number; targets: DemoTarget[] }[] = [
    { scopeKind: 'ORG_UNIT', scopeId: accounts.orgUnits.get('city')!.id, targets: CITY_TARGETS },
    ...Object.entries(COUNTY_TARGETS).map(([unit, targets]) => ({
      scopeKind: 'ORG_UNIT' as const,
      scopeId: accounts.orgUnits.get(unit)!.id,
      targets,
    })),
    ...Object.entries(CHAIN_TARGETS).map(([name, targets]) => ({
      scopeKind: 'CHAIN' as const,
      scopeId: chains.find((chain) => chain.name === name)!.id,
      targets,
    })),
  ];
  const at = new Date(`${year}-01-05T01:00:00Z`);
  for (const { scopeKind, scopeId, targets } of scoped) {
    for (const { metric, value, minInvestment } of targets) {
      const target = await manager.getRepository(Target).save({
        year,
        scopeKind,
        scopeId,
        metric,
        value,
        minInvestment: minInvestment ?? null,
        updatedById: admin.id,
        updatedAt: at,
      });
      await manager.getRepository(AuditEvent).save({
        at,
        actorId: admin.id,
        action: 'CREATE',
        entity: 'Target',
        entityId: target.id,
        projectId: null,
        changes: JSON.stringify(
          diffFields(null, target, [
            'year',
            'scopeKind',
            'scopeId',
            'metric',
            'value',
            'minInvestment',
          ]),
        ),
      });
    }
  }
}
