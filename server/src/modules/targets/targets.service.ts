import { Injectable } from '@nestjs/common';
import { targetErrors, targetPercentage } from '@luodi/domain';
import { DataSource, In, Like } from 'typeorm';
import { requireRole } from '../../common/access';
import { badInput } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, diffFields } from '../audit/audit.service';
import { IndustryChain } from '../chains/industry-chain.entity';
import { OrgUnit } from '../org-units/org-unit.entity';
import { OrgUnitsService, type Scope } from '../org-units/org-units.service';
import type { User } from '../users/user.entity';
import { targetActual } from './target-actuals';
import { Target } from './target.entity';
import type { SetTargetInput, TargetProgress } from './target.models';

const AUDITED_FIELDS: (keyof Target)[] = [
  'year',
  'scopeKind',
  'scopeId',
  'metric',
  'value',
  'minInvestment',
];
const METRIC_ORDER = [
  'SIGNED_COUNT',
  'CONTRACTED_INVESTMENT',
  'LANDED_COUNT',
  'ARRIVED_INVESTMENT',
];

@Injectable()
export class TargetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly orgUnits: OrgUnitsService,
    private readonly audit: AuditService,
  ) {}

  /** The year's targets the caller may see (its units' and every chain's), with actuals in its scope. */
  async list(user: User, year: number): Promise<TargetProgress[]> {
    const scope = await this.orgUnits.scopeOf(user);
    const targets = await this.dataSource
      .getRepository(Target)
      .find({ where: { year }, order: { id: 'ASC' } });
    const visible = targets.filter(
      (target) => target.scopeKind === 'CHAIN' || this.orgUnits.inScope(scope, target.scopeId),
    );
    const units = await this.dataSource
      .getRepository(OrgUnit)
      .findBy({ id: In(idsOf(visible, 'ORG_UNIT')) });
    const chains = await this.dataSource
      .getRepository(IndustryChain)
      .findBy({ id: In(idsOf(visible, 'CHAIN')) });
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    const chainById = new Map(chains.map((chain) => [chain.id, chain]));
    const rows: TargetProgress[] = [];
    for (const target of visible) {
      rows.push(
        await this.progress(
          target,
          scope,
          unitById.get(target.scopeId) ?? null,
          chainById.get(target.scopeId) ?? null,
        ),
      );
    }
    return rows.sort(
      (a, b) =>
        a.scope.localeCompare(b.scope) ||
        (a.orgUnit?.path ?? '').localeCompare(b.orgUnit?.path ?? '') ||
        (a.chain?.id ?? 0) - (b.chain?.id ?? 0) ||
        METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric),
    );
  }

  /** Creates or replaces the target of (year, scope, metric); ADMIN only, audited with the write. */
  async set(actor: User, input: SetTargetInput): Promise<TargetProgress> {
    requireRole(actor, 'ADMIN');
    const errors = targetErrors(input);
    const hasUnit = Boolean(input.orgUnitId);
    const hasChain = Boolean(input.chainId);
    if (hasUnit === hasChain) errors.orgUnitId = '请选择一个单位或一条产业链（二选一）';
    const unit =
      hasUnit && /^\d+$/.test(input.orgUnitId!)
        ? await this.orgUnits.findById(Number(input.orgUnitId))
        : null;
    if (hasUnit && !hasChain && !unit) errors.orgUnitId = '单位不存在';
    const chain =
      hasChain && /^\d+$/.test(input.chainId!)
        ? await this.dataSource
            .getRepository(IndustryChain)
            .findOneBy({ id: Number(input.chainId) })
        : null;
    if (hasChain && !hasUnit && !chain) errors.chainId = '产业链不存在';
    if (Object.keys(errors).length > 0) throw badInput(errors);

    const key = {
      year: input.year,
      scopeKind: unit ? ('ORG_UNIT' as const) : ('CHAIN' as const),
      scopeId: (unit ?? chain)!.id,
      metric: input.metric,
    };
    const saved = await this.transactions.run(async (manager) => {
      const repository = manager.getRepository(Target);
      const before = await repository.findOneBy(key);
      const after = await repository.save({
        ...(before ?? key),
        value: input.value,
        minInvestment: input.metric === 'LANDED_COUNT' ? input.minInvestment! : null,
        updatedById: actor.id,
        updatedAt: new Date(),
      });
      const changes = diffFields(before, after, AUDITED_FIELDS);
      if (before && Object.keys(changes).length === 0) return after;
      await this.audit.record(manager, {
        actorId: actor.id,
        action: before ? 'UPDATE' : 'CREATE',
        entity: 'Target',
        entityId: after.id,
        changes,
      });
      return after;
    });
    return this.progress(saved, await this.orgUnits.scopeOf(actor), unit, chain);
  }

  private async progress(
    target: Target,
    scope: Scope,
    unit: OrgUnit | null,
    chain: IndustryChain | null,
  ): Promise<TargetProgress> {
    const unitIds = unit
      ? (
          await this.dataSource
            .getRepository(OrgUnit)
            .find({ select: { id: true }, where: { path: Like(`${unit.path}%`) } })
        ).map((row) => row.id)
      : undefined;
    const actual = await targetActual(this.dataSource, target, { unitIds }, scope);
    return {
      id: target.id,
      year: target.year,
      scope: target.scopeKind,
      orgUnit: target.scopeKind === 'ORG_UNIT' ? unit : null,
      chain: target.scopeKind === 'CHAIN' ? chain : null,
      metric: target.metric,
      target: target.value,
      minInvestment: target.minInvestment,
      actual,
      percentage: targetPercentage(actual, target.value),
    };
  }
}

function idsOf(targets: Target[], kind: Target['scopeKind']): number[] {
  return targets.filter((target) => target.scopeKind === kind).map((target) => target.scopeId);
}
