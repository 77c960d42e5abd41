import { Injectable } from '@nestjs/common';
import { fromCents, isIsoDate, monthsBetween, toCents } from '@luodi/domain';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { badInput } from '../../common/errors';
import { OrgUnitsService } from '../org-units/org-units.service';
import { whereUnitIn } from '../org-units/unit-scope';
import type { User } from '../users/user.entity';
import type { TrendMonth } from './trend-month.model';

const MAX_MONTHS = 60;
/** Summed in whole cents, so a month's total is exact whatever the number of days added. */
const MONEY_FIELDS = new Set(['contracted', 'arrived', 'verified']);

type Raw = Record<string, string | number | null> & { day: string | Date };

/** A DATE as the driver gives it (text from SQLite, text or a Date from MySQL) as YYYY-MM-DD. */
const isoDay = (day: string | Date) =>
  day instanceof Date ? day.toISOString().slice(0, 10) : String(day).slice(0, 10);

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
    // Grouped by the day itself, the order of the date index: no temporary table or sort over the
    // period's rows; the days are then added up into months here.
    const inScope = <T extends object>(qb: SelectQueryBuilder<T>, joinProject = false) => {
      if (!scope.all) {
        if (joinProject) qb.innerJoin('project', 'p', 'p.id = a.projectId');
        whereUnitIn(qb, 'p.orgUnitId', scope);
      }
      return qb.setParameters({ from, to });
    };
    const projects = () => this.dataSource.createQueryBuilder().from('project', 'p');

    const signed = await inScope(
      projects()
        .select('p.signedOn', 'day')
        .addSelect('COUNT(*)', 'signedCount')
        .addSelect('SUM(p.contractedInvestment)', 'contracted')
        .where('p.signedOn >= :from AND p.signedOn <= :to')
        .groupBy('p.signedOn'),
    ).getRawMany();
    const landed = await inScope(
      projects()
        .select('p.landedOn', 'day')
        .addSelect('COUNT(*)', 'landedCount')
        .where('p.landedOn >= :from AND p.landedOn <= :to')
        .groupBy('p.landedOn'),
    ).getRawMany();
    const arrived = await inScope(
      this.dataSource
        .createQueryBuilder()
        .from('capital_arrival', 'a')
        .select('a.arrivedOn', 'day')
        .addSelect('SUM(a.amount)', 'arrived')
        .addSelect('SUM(CASE WHEN a.verified = 1 THEN a.amount ELSE 0 END)', 'verified')
        .where('a.arrivedOn >= :from AND a.arrivedOn <= :to')
        .groupBy('a.arrivedOn'),
      true,
    ).getRawMany();

    const byMonth = (rows: Raw[]) => {
      const months = new Map<string, Record<string, number>>();
      for (const { day, ...values } of rows) {
        const month = isoDay(day).slice(0, 7);
        const sums = months.get(month) ?? {};
        for (const [field, value] of Object.entries(values))
          sums[field] =
            (sums[field] ?? 0) +
            (MONEY_FIELDS.has(field) ? toCents(Number(value ?? 0)) : Number(value ?? 0));
        months.set(month, sums);
      }
      return months;
    };
    const [s, l, a] = [byMonth(signed), byMonth(landed), byMonth(arrived)];
    const amount = (cents: number | undefined) => fromCents(cents ?? 0);
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
