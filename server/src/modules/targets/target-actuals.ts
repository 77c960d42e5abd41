import { yearPeriod } from '@luodi/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Scope } from '../org-units/org-units.service';
import type { Target } from './target.entity';

/** The org units a unit's target counts: the unit and its subtree. */
export interface TargetPlace {
  unitIds?: number[];
}

/**
 * What a target reached in its calendar year, in SQL: signings and contracted investment of the
 * projects signed that year, landings of projects contracted at ≥ the threshold landed that
 * year, and capital that arrived that year. Terminated projects keep the facts they earned, as
 * in the rates. Only projects in both the target's scope and the caller's are counted.
 */
export async function targetActual(
  dataSource: DataSource,
  target: Target,
  place: TargetPlace,
  scope: Scope,
): Promise<number> {
  const { from, to } = yearPeriod(target.year);
  const projects = (qb: SelectQueryBuilder<object>) => {
    let unitIds = target.scopeKind === 'ORG_UNIT' ? place.unitIds! : null;
    if (!scope.all)
      unitIds = (unitIds ?? scope.orgUnitIds).filter((id) => scope.orgUnitIds.includes(id));
    if (target.scopeKind === 'CHAIN')
      qb.andWhere('p.chainId = :chainId', { chainId: target.scopeId });
    if (unitIds)
      qb.andWhere(unitIds.length > 0 ? 'p.orgUnitId IN (:...unitIds)' : '1 = 0', { unitIds });
    return qb.setParameters({ from, to });
  };
  const base = () => dataSource.createQueryBuilder().from('project', 'p');
  let qb: SelectQueryBuilder<object>;
  switch (target.metric) {
    case 'SIGNED_COUNT':
      qb = base().select('COUNT(*)', 'actual').where('p.signedOn >= :from AND p.signedOn <= :to');
      break;
    case 'CONTRACTED_INVESTMENT':
      qb = base()
        .select('ROUND(SUM(p.contractedInvestment), 2)', 'actual')
        .where('p.signedOn >= :from AND p.signedOn <= :to');
      break;
    case 'LANDED_COUNT':
      qb = base()
        .select('COUNT(*)', 'actual')
        .where(
          'p.landedOn >= :from AND p.landedOn <= :to AND p.contractedInvestment >= :minInvestment',
          {
            minInvestment: target.minInvestment ?? 0,
          },
        );
      break;
    case 'ARRIVED_INVESTMENT':
      qb = dataSource
        .createQueryBuilder()
        .from('capital_arrival', 'a')
        .innerJoin('project', 'p', 'p.id = a.projectId')
        .select('ROUND(SUM(a.amount), 2)', 'actual')
        .where('a.arrivedOn >= :from AND a.arrivedOn <= :to');
      break;
  }
  const row: { actual: string | number | null } | undefined = await projects(qb).getRawOne();
  return Number(Number(row?.actual ?? 0).toFixed(2));
}
