import { addDays, creditCodeCheckChar } from '@luodi/domain';
import type { DataSource } from 'typeorm';
import { IndustryChain } from '../../server/src/modules/chains/industry-chain.entity';
import { Investor } from '../../server/src/modules/projects/entities/investor.entity';
import { Project } from '../../server/src/modules/projects/entities/project.entity';
import type { DemoAccounts } from '../../server/src/seed/demo-accounts';
import type { FlagCase } from './flag-cases';

const CHUNK = 100;
const PEOPLE = {
  luxi: { owner: 'zhang.staff', leader: 'chen.leader' },
  huayuan: { owner: 'li.staff', leader: 'liu.leader' },
} as const;

/** The project company's code for a landed case: valid, and different from every investor's. */
function companyCreditCode(n: number): string {
  const first17 = `9143312${String(n).padStart(10, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

export interface InsertedCases {
  ids: number[];
  codes: string[];
}

/**
 * Writes the cases as database rows in bulk (a hundred per statement), in list order so that
 * ids ascend with the list. Stage evidence is filled in so every row could have been reached
 * through the app. No flag schedules are written: that is for the caller.
 */
export async function insertCases(
  dataSource: DataSource,
  accounts: DemoAccounts,
  cases: FlagCase[],
  today: string,
  codePrefix = 'XM-F',
): Promise<InsertedCases> {
  const chain =
    (await dataSource.getRepository(IndustryChain).findOneBy({ name: '白酒' })) ??
    (await dataSource.getRepository(IndustryChain).save({ name: '白酒', chainLeaderId: null }));

  const investorIds = new Map<string, number>();
  const firstOfInvestor = cases.filter(
    (c, i) => cases.findIndex((other) => other.investorKey === c.investorKey) === i,
  );
  for (let offset = 0; offset < firstOfInvestor.length; offset += CHUNK) {
    const chunk = firstOfInvestor.slice(offset, offset + CHUNK);
    const result = await dataSource.getRepository(Investor).insert(
      chunk.map((c) => ({
        name: `投资方-${c.investorKey}`,
        creditCode: c.investorCreditCode,
        tags: [],
      })),
    );
    chunk.forEach((c, i) => investorIds.set(c.investorKey, result.identifiers[i].id as number));
  }

  const now = new Date();
  const ids: number[] = [];
  const codes = cases.map((_, i) => `${codePrefix}-${String(i + 1).padStart(5, '0')}`);
  for (let offset = 0; offset < cases.length; offset += CHUNK) {
    const rows = cases.slice(offset, offset + CHUNK).map((c, k) => {
      const n = offset + k;
      const people = PEOPLE[c.orgUnit];
      const signed = c.signedOn !== null;
      return {
        code: codes[n],
        name: c.name,
        version: 1,
        stage: c.stage,
        status: c.terminated ? ('TERMINATED' as const) : ('ACTIVE' as const),
        investorId: investorIds.get(c.investorKey)!,
        orgUnitId: accounts.orgUnits.get(c.orgUnit)!.id,
        chainId: chain.id,
        chainRole: null,
        sourceMethod: '以商招商',
        ownerId: accounts.users.get(people.owner)!.id,
        leaderId: signed ? accounts.users.get(people.leader)!.id : null,
        plannedInvestment: null,
        contractedInvestment: c.contractedInvestment,
        arrivedInvestment: c.arrivedInvestment,
        arrivedVerified: 0,
        landArea: c.landArea,
        leasedFloorArea: c.leasedFloorArea,
        contractNo: signed ? `HT-${codes[n]}` : null,
        companyCreditCode: c.landedOn ? companyCreditCode(n) : null,
        permitNo: c.startedOn ? `SG-${codes[n]}` : null,
        signedOn: c.signedOn,
        landedOn: c.landedOn,
        startedOn: c.startedOn,
        operatingOn: c.operatingOn,
        plannedStartOn: signed ? addDays(today, 100) : null,
        plannedOperatingOn: signed ? addDays(today, 400) : null,
        stageEnteredOn: c.stageEnteredOn,
        lastProgressOn: c.lastProgressOn,
        position: (n + 1) * 1024,
        terminatedOn: c.terminated ? today : null,
        terminationReason: c.terminated ? '测试终止' : null,
        createdAt: now,
        updatedAt: now,
      };
    });
    const result = await dataSource.getRepository(Project).insert(rows);
    ids.push(...result.identifiers.map((identifier) => identifier.id as number));
  }
  return { ids, codes };
}
