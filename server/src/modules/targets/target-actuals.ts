import { fromCents, toCents, TOP500_TAGS, yearPeriod } from '@luodi/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Scope } from '../org-units/org-units.service';
import { whereUnitIn } from '../org-units/unit-scope';
import type { Target } from './target.entity';

/** One unit × chain's part of a metric in the year. */
interface Part {
  orgUnitId: number;
  chainId: number;
  value: number;
}

/**
 * What each target reached in its calendar year, in SQL: signings and contracted investment of
 * the projects signed that year, landings of projects contracted at ≥ the threshold landed that
 * year, and capital that arrived that year. Terminated projects keep the facts they earned, as in
 * the rates. Only projects in both the target's scope and the caller's count. Each metric is one
 * indexed query per unit × chain for all targets at once, however many targets the year has.
 */
export async function targetActuals(
  dataSource: DataSource,
  targets: Target[],
  subtreeOf: (orgUnitId: number) => number[],
  scope: Scope,
): Promise<Map<number, number>> {
  const parts = new Map<string, Promise<Part[]>>();
  const partsOf = (year: number, metric: Target['metric'], minInvestment: number | null) => {
    const key = `${year}/${metric}/${metric === 'LANDED_COUNT' ? (minInvestment ?? 0) : ''}`;
    if (!parts.has(key)) parts.set(key, readParts(dataSource, year, metric, minInvestment, scope));
    return parts.get(key)!;
  };
  const actuals = new Map<number, number>();
  for (const target of targets) {
    const rows = await partsOf(target.year, target.metric, target.minInvestment);
    const units = target.scopeKind === 'ORG_UNIT' ? new Set(subtreeOf(target.scopeId)) : null;
    const counted = rows.filter((row) =>
      units ? units.has(row.orgUnitId) : row.chainId === target.scopeId,
    );
    const cents = counted.reduce((sum, row) => sum + toCents(row.value), 0);
    actuals.set(target.id, fromCents(cents));
  }
  return actuals;
}

async function readParts(
  dataSource: DataSource,
  year: number,
  metric: Target['metric'],
  minInvestment: number | null,
  scope: Scope,
): Promise<Part[]> {
  const { from, to } = yearPeriod(year);
  const projects = () => dataSource.createQueryBuilder().from('project', 'p');
  let qb: SelectQueryBuilder<object>;
  switch (metric) {
    case 'SIGNED_COUNT':
    case 'CONTRACTED_INVESTMENT':
      qb = projects()
        .addSelect(metric === 'SIGNED_COUNT' ? 'COUNT(*)' : 'SUM(p.contractedInvestment)', 'value')
        .where('p.signedOn >= :from AND p.signedOn <= :to');
      break;
    case 'LANDED_COUNT':
      qb = projects()
        .addSelect('COUNT(*)', 'value')
        .where(
          'p.landedOn >= :from AND p.landedOn <= :to AND p.contractedInvestment >= :minInvestment',
          { minInvestment: minInvestment ?? 0 },
        );
      break;
    case 'TOP500_SIGNED_COUNT':
      // Tags are stored as a JSON list of the vocabulary's words, each quoted.
      qb = projects()
        .innerJoin('investor', 'i', 'i.id = p.investorId')
        .addSelect('COUNT(*)', 'value')
        .where('p.signedOn >= :from AND p.signedOn <= :to')
        .andWhere(
          `(${TOP500_TAGS.map((_, n) => `i.tags LIKE :top500_${n}`).join(' OR ')})`,
          Object.fromEntries(TOP500_TAGS.map((tag, n) => [`top500_${n}`, `%"${tag}"%`])),
        );
      break;
    case 'ARRIVED_INVESTMENT':
      qb = dataSource
        .createQueryBuilder()
        .from('capital_arrival', 'a')
        .innerJoin('project', 'p', 'p.id = a.projectId')
        .addSelect('SUM(a.amount)', 'value')
        .where('a.arrivedOn >= :from AND a.arrivedOn <= :to');
      break;
  }
  whereUnitIn(qb, 'p.orgUnitId', scope);
  const rows: { orgUnitId: number | string; chainId: number | string; value: unknown }[] = await qb
    .addSelect('p.orgUnitId', 'orgUnitId')
    .addSelect('p.chainId', 'chainId')
    .setParameters({ from, to })
    .groupBy('p.orgUnitId')
    .addGroupBy('p.chainId')
    .getRawMany();
  return rows.map((row) => ({
    orgUnitId: Number(row.orgUnitId),
    chainId: Number(row.chainId),
    value: Number(row.value ?? 0),
  }));
}
