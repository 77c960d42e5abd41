import { Injectable } from '@nestjs/common';
import { isIsoDate, monthsBetween } from '@luodi/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { badInput } from '../../common/errors';
import { OrgUnitsService } from '../org-units/org-units.service';
import type { User } from '../users/user.entity';
import type { TrendMonth } from './trend-month.model';

const MAX_MONTHS = 60;
/** Dates are YYYY-MM-DD text in SQLite and DATE in MySQL; both give "YYYY-MM" from SUBSTR. */
const monthOf = (column: string) => `SUBSTR(${column}, 1, 7)`;

type Raw = Record<string, string | number | null> & { month: string };

@Injectable()
export class TrendService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  /** Every month of the period, empty ones included, each counted by the date of its own fact. */
  async trend(user: User, from: string, to: string): Promise<TrendMonth[]> {
    if (!isIsoDate(from)) throw badInput({ from: '日期格式应为 YYYY-MM-DD' });
    if (!isIsoDate(to)) throw badInput({ to: '日期格式应为 YYYY-MM-DD' });
    if (from > to) throw badInput({ to: '结束日期不能早于开始日期' });
    const months = monthsBetween(from, to);
    if (months.length > MAX_MONTHS) throw badInput({ to: `趋势最多显示 ${MAX_MONTHS} 个月` });
    const scope = await this.orgUnits.scopeOf(user);
    const inScope = <T extends object>(qb: SelectQueryBuilder<T>) =>
      (scope.all
        ? qb
        : qb.andWhere('p.orgUnitId IN (:...scopeIds)', { scopeIds: scope.orgUnitIds })
      ).setParameters({ from, to });
    const projects = () => this.dataSource.createQueryBuilder().from('project', 'p');

    const signed: Raw[] = await inScope(
      projects()
        .select(monthOf('p.signedOn'), 'month')
        .addSelect('COUNT(*)', 'signedCount')
        .addSelect('ROUND(SUM(p.contractedInvestment), 2)', 'contracted')
        .where('p.signedOn >= :from AND p.signedOn <= :to')
        .groupBy(monthOf('p.signedOn')),
    ).getRawMany();
    const landed: Raw[] = await inScope(
      projects()
        .select(monthOf('p.landedOn'), 'month')
        .addSelect('COUNT(*)', 'landedCount')
        .where('p.landedOn >= :from AND p.landedOn <= :to')
        .groupBy(monthOf('p.landedOn')),
    ).getRawMany();
    const arrived: Raw[] = await inScope(
      this.dataSource
        .createQueryBuilder()
        .from('capital_arrival', 'a')
        .innerJoin('project', 'p', 'p.id = a.projectId')
        .select(monthOf('a.arrivedOn'), 'month')
        .addSelect('ROUND(SUM(a.amount), 2)', 'arrived')
        .addSelect('ROUND(SUM(CASE WHEN a.verified = 1 THEN a.amount ELSE 0 END), 2)', 'verified')
        .where('a.arrivedOn >= :from AND a.arrivedOn <= :to')
        .groupBy(monthOf('a.arrivedOn')),
    ).getRawMany();

    const byMonth = (rows: Raw[]) => new Map(rows.map((row) => [String(row.month), row]));
    const [s, l, a] = [byMonth(signed), byMonth(landed), byMonth(arrived)];
    const amount = (value: string | number | null | undefined) =>
      Number(Number(value ?? 0).toFixed(2));
    return months.map((month) => ({
      month,
      signedCount: Number(s.get(month)?.signedCount ?? 0),
      contractedInvestment: amount(s.get(month)?.contracted),
      landedCount: Number(l.get(month)?.landedCount ?? 0),
      arrivedInvestment: amount(a.get(month)?.arrived),
      arrivedVerified: amount(a.get(month)?.verified),
    }));
  }
}
