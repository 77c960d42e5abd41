import type { DataSource } from 'typeorm';
import { IndustryChain } from '../../server/src/modules/chains/industry-chain.entity';
import { Investor } from '../../server/src/modules/projects/entities/investor.entity';
import { Project } from '../../server/src/modules/projects/entities/project.entity';
import type { DemoAccounts } from '../../server/src/seed/demo-accounts';

let sequence = 0;

/** Writes a project row directly, for read-side tests that need exact, hand-made facts. */
export async function insertProject(
  dataSource: DataSource,
  accounts: DemoAccounts,
  facts: Partial<Project> & { orgUnit?: string; chain?: string; owner?: string; leader?: string },
): Promise<Project> {
  const { orgUnit = 'luxi', chain = '白酒', owner = 'zhang.staff', leader, ...rest } = facts;
  const chains = dataSource.getRepository(IndustryChain);
  const chainRow =
    (await chains.findOneBy({ name: chain })) ??
    (await chains.save({ name: chain, chainLeaderId: null }));
  const investor = await dataSource
    .getRepository(Investor)
    .save({ name: `投资方${++sequence}`, creditCode: null, tags: [] });
  const now = new Date();
  return dataSource.getRepository(Project).save({
    code: `XM-T-${sequence}`,
    name: `测试项目${sequence}`,
    version: 1,
    stage: 'NEGOTIATING',
    status: 'ACTIVE',
    investorId: investor.id,
    orgUnitId: accounts.orgUnits.get(orgUnit)!.id,
    chainId: chainRow.id,
    chainRole: null,
    sourceMethod: '以商招商',
    ownerId: accounts.users.get(owner)!.id,
    leaderId: leader ? accounts.users.get(leader)!.id : null,
    arrivedInvestment: 0,
    arrivedVerified: 0,
    stageEnteredOn: '2026-01-01',
    lastProgressOn: '2026-01-01',
    position: sequence * 1024,
    createdAt: now,
    updatedAt: now,
    ...rest,
  });
}
