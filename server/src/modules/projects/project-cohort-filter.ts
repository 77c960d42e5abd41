import { amountError, type Stage } from '@luodi/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { badInput } from '../../common/errors';
import type { ProjectFilter } from './dto/project.inputs';
import type { Project } from './entities/project.entity';

/** The date that shows a project got to a stage; the rates count "reached" by these dates. */
const REACHED_DATE: Record<Exclude<Stage, 'NEGOTIATING'>, string> = {
  SIGNED: 'p.signedOn',
  LANDED: 'p.landedOn',
  STARTED: 'p.startedOn',
  OPERATING: 'p.operatingOn',
};

/**
 * The filters a cockpit figure links to, so the board shows exactly the cohort behind it:
 * signing or landing period, the stage reached, the 招商方式 and a contracted-investment floor.
 */
export function applyCohortFilter(
  qb: SelectQueryBuilder<Project>,
  filter: ProjectFilter | null | undefined,
): void {
  if (!filter) return;
  const periods = [
    ['signedFrom', 'signedTo', 'p.signedOn'],
    ['landedFrom', 'landedTo', 'p.landedOn'],
  ] as const;
  for (const [fromKey, toKey, column] of periods) {
    const from = filter[fromKey];
    const to = filter[toKey];
    if (from && to && from > to) throw badInput({ [toKey]: '结束日期不能早于开始日期' });
    if (from) qb.andWhere(`${column} >= :${fromKey}`, { [fromKey]: from });
    if (to) qb.andWhere(`${column} <= :${toKey}`, { [toKey]: to });
  }
  if (filter.reachedStage && filter.reachedStage !== 'NEGOTIATING') {
    qb.andWhere(`${REACHED_DATE[filter.reachedStage]} IS NOT NULL`);
  }
  const method = filter.sourceMethod?.trim();
  if (method) qb.andWhere('p.sourceMethod = :sourceMethod', { sourceMethod: method });
  const min = filter.minContractedInvestment;
  if (min !== null && min !== undefined) {
    const error = amountError(min, { allowZero: true, label: '最低合同引资额' });
    if (error) throw badInput({ minContractedInvestment: error });
    qb.andWhere('p.contractedInvestment >= :minContracted', { minContracted: min });
  }
}
