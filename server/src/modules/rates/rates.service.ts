import { Injectable } from '@nestjs/common';
import { isIsoDate, ratio, todayIso } from '@luodi/domain';
import { DataSource, In } from 'typeorm';
import { badInput } from '../../common/errors';
import { IndustryChain } from '../chains/industry-chain.entity';
import { OrgUnit } from '../org-units/org-unit.entity';
import { OrgUnitsService } from '../org-units/org-units.service';
import { whereUnitIn } from '../org-units/unit-scope';
import { User } from '../users/user.entity';
import type { RateGroup, RateRow } from './rate-row.model';

const GROUP_COLUMN: Record<RateGroup, string> = {
  ORG_UNIT: 'p.orgUnitId',
  CHAIN: 'p.chainId',
  LEADER: 'p.leaderId',
  SOURCE_METHOD: 'p.sourceMethod',
};

interface RawRateRow {
  groupKey: string | number | null;
  signedCount: string | number;
  contracted: string | number | null;
  arrived: string | number | null;
  verified: string | number | null;
  landed: string | number;
  started: string | number;
  operating: string | number;
  due: string | number;
  fulfilled: string | number;
}

/** A due milestone is met when it happened on or before its planned date (domain.md, 履约率). */
const MET_START = `(p.plannedStartOn IS NULL OR p.plannedStartOn > :today OR (p.startedOn IS NOT NULL AND p.startedOn <= p.plannedStartOn))`;
const MET_OPERATING = `(p.plannedOperatingOn IS NULL OR p.plannedOperatingOn > :today OR (p.operatingOn IS NOT NULL AND p.operatingOn <= p.plannedOperatingOn))`;
const DUE = `(p.plannedStartOn <= :today OR p.plannedOperatingOn <= :today)`;

@Injectable()
export class RatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  /** The cohort is every project signed in the period, terminated ones included. */
  async rates(
    user: User,
    signedFrom: string,
    signedTo: string,
    groupBy: RateGroup,
  ): Promise<RateRow[]> {
    if (!isIsoDate(signedFrom)) throw badInput({ signedFrom: '日期格式应为 YYYY-MM-DD' });
    if (!isIsoDate(signedTo)) throw badInput({ signedTo: '日期格式应为 YYYY-MM-DD' });
    if (signedFrom > signedTo) throw badInput({ signedTo: '结束日期不能早于开始日期' });
    const scope = await this.orgUnits.scopeOf(user);
    const qb = this.dataSource
      .createQueryBuilder()
      .from('project', 'p')
      .select(`${GROUP_COLUMN[groupBy]}`, 'groupKey')
      .addSelect('COUNT(*)', 'signedCount')
      .addSelect('ROUND(SUM(p.contractedInvestment), 2)', 'contracted')
      .addSelect('ROUND(SUM(p.arrivedInvestment), 2)', 'arrived')
      .addSelect('ROUND(SUM(p.arrivedVerified), 2)', 'verified')
      .addSelect('SUM(CASE WHEN p.landedOn IS NOT NULL THEN 1 ELSE 0 END)', 'landed')
      .addSelect('SUM(CASE WHEN p.startedOn IS NOT NULL THEN 1 ELSE 0 END)', 'started')
      .addSelect('SUM(CASE WHEN p.operatingOn IS NOT NULL THEN 1 ELSE 0 END)', 'operating')
      .addSelect(`SUM(CASE WHEN ${DUE} THEN 1 ELSE 0 END)`, 'due')
      .addSelect(
        `SUM(CASE WHEN ${DUE} AND ${MET_START} AND ${MET_OPERATING} THEN 1 ELSE 0 END)`,
        'fulfilled',
      )
      .where('p.signedOn >= :signedFrom AND p.signedOn <= :signedTo', {
        signedFrom,
        signedTo,
        today: todayIso(),
      })
      .groupBy(GROUP_COLUMN[groupBy]);
    whereUnitIn(qb, 'p.orgUnitId', scope);
    const raw: RawRateRow[] = await qb.getRawMany();
    const labels = await this.labels(
      groupBy,
      raw.map((row) => row.groupKey),
    );
    const rows = raw
      .map((row) =>
        toRateRow(
          row,
          String(row.groupKey ?? 'NONE'),
          labels.get(String(row.groupKey ?? 'NONE')) ?? String(row.groupKey),
        ),
      )
      .sort((a, b) => b.signedCount - a.signedCount || a.label.localeCompare(b.label, 'zh'));
    return [...rows, totalRow(raw)];
  }

  private async labels(
    groupBy: RateGroup,
    keys: (string | number | null)[],
  ): Promise<Map<string, string>> {
    const ids = keys.filter((key): key is number | string => key !== null).map(Number);
    const named = async (rows: { id: number; name: string }[]) =>
      new Map(rows.map((row) => [String(row.id), row.name]));
    if (groupBy === 'ORG_UNIT')
      return named(await this.dataSource.getRepository(OrgUnit).findBy({ id: In(ids) }));
    if (groupBy === 'CHAIN')
      return named(await this.dataSource.getRepository(IndustryChain).findBy({ id: In(ids) }));
    if (groupBy === 'LEADER') {
      const labels = await named(await this.dataSource.getRepository(User).findBy({ id: In(ids) }));
      return labels.set('NONE', '未落实包抓领导');
    }
    return new Map(keys.map((key) => [String(key), String(key)]));
  }
}

function toRateRow(raw: RawRateRow, key: string, label: string): RateRow {
  const count = Number(raw.signedCount);
  const contracted = Number(raw.contracted ?? 0);
  const arrived = Number(raw.arrived ?? 0);
  return {
    key,
    label,
    signedCount: count,
    contractedInvestment: contracted,
    arrivedInvestment: arrived,
    arrivedVerified: Number(raw.verified ?? 0),
    landingRate: ratio(Number(raw.landed), count),
    startRate: ratio(Number(raw.started), count),
    operatingRate: ratio(Number(raw.operating), count),
    capitalArrivalRate: ratio(arrived, contracted),
    fulfillmentRate: ratio(Number(raw.fulfilled), Number(raw.due)),
  };
}

function totalRow(raw: RawRateRow[]): RateRow {
  const sum = (field: keyof RawRateRow) =>
    raw.reduce((total, row) => total + Number(row[field] ?? 0), 0);
  const cents = (field: keyof RawRateRow) => Math.round(sum(field) * 100) / 100;
  return toRateRow(
    {
      groupKey: 'TOTAL',
      signedCount: sum('signedCount'),
      contracted: cents('contracted'),
      arrived: cents('arrived'),
      verified: cents('verified'),
      landed: sum('landed'),
      started: sum('started'),
      operating: sum('operating'),
      due: sum('due'),
      fulfilled: sum('fulfilled'),
    },
    'TOTAL',
    '合计',
  );
}
