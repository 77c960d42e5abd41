import { Injectable } from '@nestjs/common';
import { targetErrors, targetPercentage } from '@luodi/domain';
import { DataSource, In } from 'typeorm';
import { requireRole } from '../../common/access';
import { badInput } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, diffFields } from '../audit/audit.service';
import { IndustryChain } from '../chains/industry-chain.entity';
import { OrgUnit } from '../org-units/org-unit.entity';
import { OrgUnitsService, type Scope } from '../org-units/org-units.service';
import type { User } from '../users/user.entity';
import { targetActuals } from './target-actuals';
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
  'TOP500_SIGNED_COUNT',
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
    return this.progressOf(visible, scope);
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
    const [progress] = await this.progressOf([saved], await this.orgUnits.scopeOf(actor));
    return progress;
  }

  /** The targets with their units, chains and actuals, in the order the cockpit lists them. */
  private async progressOf(targets: Target[], scope: Scope): Promise<TargetProgress[]> {
    const units = await this.dataSource.getRepository(OrgUnit).find();
    const chains = await this.dataSource
      .getRepository(IndustryChain)
      .findBy({ id: In(idsOf(targets, 'CHAIN')) });
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    const chainById = new Map(chains.map((chain) => [chain.id, chain]));
    const subtreeOf = (id: number) => {
      const path = unitById.get(id)?.path;
      return path ? units.filter((unit) => unit.path.startsWith(path)).map((unit) => unit.id) : [];
    };
    const actuals = await targetActuals(this.dataSource, targets, subtreeOf, scope);
    const rows = targets.map((target) => {
      const actual = actuals.get(target.id) ?? 0;
      return {
        id: target.id,
        year: target.year,
        scope: target.scopeKind,
        orgUnit: target.scopeKind === 'ORG_UNIT' ? (unitById.get(target.scopeId) ?? null) : null,
        chain: target.scopeKind === 'CHAIN' ? (chainById.get(target.scopeId) ?? null) : null,
        metric: target.metric,
        target: target.value,
        minInvestment: target.minInvestment,
        actual,
        percentage: targetPercentage(actual, target.value),
      };
    });
    return rows.sort(
      (a, b) =>
        a.scope.localeCompare(b.scope) ||
        (a.orgUnit?.path ?? '').localeCompare(b.orgUnit?.path ?? '') ||
        (a.chain?.id ?? 0) - (b.chain?.id ?? 0) ||
        METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric),
    );
  }
}

function idsOf(targets: Target[], kind: Target['scopeKind']): number[] {
  return targets.filter((target) => target.scopeKind === kind).map((target) => target.scopeId);
}
