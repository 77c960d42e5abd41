import { Injectable } from '@nestjs/common';
import {
  FLAG_KINDS,
  thresholdsError,
  todayIso,
  type FlagKind,
  type FlagThresholds,
} from '@luodi/domain';
import type { EntityManager } from 'typeorm';
import { requireRole } from '../../common/access';
import { badInput } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, type FieldChanges } from '../audit/audit.service';
import { ProjectFlag } from '../projects/entities/project-flag.entity';
import { FlagsService } from '../projects/flags.service';
import type { User } from '../users/user.entity';
import { THRESHOLDS_KEY, SettingsService } from './settings.service';
import { Setting } from './setting.entity';

/** The audit trail's entity id for the one thresholds record. */
const THRESHOLDS_ENTITY_ID = 1;

/** Per flag kind: how many projects would light it, or stop showing it, under new thresholds. */
export interface FlagChange {
  kind: FlagKind;
  gained: number;
  lost: number;
}

/** Thrown inside the preview's transaction so that nothing it rewrote is kept. */
class PreviewDone extends Error {
  constructor(readonly changes: FlagChange[]) {
    super('preview');
  }
}

@Injectable()
export class ThresholdsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly settings: SettingsService,
    private readonly flags: FlagsService,
    private readonly audit: AuditService,
  ) {}

  read(): Promise<FlagThresholds> {
    return this.settings.thresholds();
  }

  /**
   * ADMIN: what saving these limits would change, flag by flag, before anything is saved. The
   * rewrite is the very one `update` runs, inside a transaction that is then rolled back.
   */
  async preview(actor: User, input: FlagThresholds): Promise<FlagChange[]> {
    requireRole(actor, 'ADMIN');
    const next: FlagThresholds = { ...input, stalledDays: { ...input.stalledDays } };
    const errors = thresholdsError(next);
    if (errors) throw badInput(errors);
    try {
      await this.transactions.run(async (manager) => {
        const before = await litToday(manager);
        await this.flags.refreshAll(manager, next);
        const after = await litToday(manager);
        throw new PreviewDone(
          FLAG_KINDS.map((kind) => ({
            kind,
            gained: [...after].filter((key) => key.startsWith(`${kind}:`) && !before.has(key))
              .length,
            lost: [...before].filter((key) => key.startsWith(`${kind}:`) && !after.has(key)).length,
          })),
        );
      });
    } catch (error) {
      if (error instanceof PreviewDone) return error.changes;
      throw error;
    }
    return [];
  }

  /**
   * ADMIN: new limits apply to every project at once — the stored flag dates of all of them are
   * rewritten in the same transaction, so the 督查 list never mixes old and new rules.
   */
  async update(actor: User, input: FlagThresholds): Promise<FlagThresholds> {
    requireRole(actor, 'ADMIN');
    // A plain object, as stored: the input arrives as instances of the GraphQL input classes.
    const next: FlagThresholds = { ...input, stalledDays: { ...input.stalledDays } };
    const errors = thresholdsError(next);
    if (errors) throw badInput(errors);
    try {
      await this.transactions.run(async (manager) => {
        const before = await this.settings.thresholds(manager);
        await manager
          .getRepository(Setting)
          .save({ key: THRESHOLDS_KEY, value: JSON.stringify(next) });
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'UPDATE_THRESHOLDS',
          entity: 'Setting',
          entityId: THRESHOLDS_ENTITY_ID,
          changes: thresholdChanges(before, next),
        });
        await this.flags.refreshAll(manager, next);
      });
    } finally {
      // Committed or not, the next read takes what the database holds.
      this.settings.forget();
    }
    return this.settings.thresholds();
  }
}

/** "KIND:projectId" of every flag lit today (either colour). */
async function litToday(manager: EntityManager): Promise<Set<string>> {
  const today = todayIso();
  const rows = await manager
    .getRepository(ProjectFlag)
    .createQueryBuilder('f')
    .select(['f.kind AS kind', 'f.projectId AS projectId'])
    .where('(f.yellowOn IS NOT NULL AND f.yellowOn <= :today)', { today })
    .orWhere('(f.redOn IS NOT NULL AND f.redOn <= :today)', { today })
    .getRawMany<{ kind: string; projectId: number }>();
  return new Set(rows.map((row) => `${row.kind}:${row.projectId}`));
}

function thresholdChanges(before: FlagThresholds, after: FlagThresholds): FieldChanges {
  const flat = (t: FlagThresholds): Record<string, number> => {
    const { stalledDays, ...rest } = t;
    return {
      ...rest,
      'stalledDays.SIGNED': stalledDays.SIGNED,
      'stalledDays.LANDED': stalledDays.LANDED,
      'stalledDays.STARTED': stalledDays.STARTED,
    };
  };
  const [old, now] = [flat(before), flat(after)];
  return Object.fromEntries(
    Object.keys(now)
      .filter((key) => old[key] !== now[key])
      .map((key) => [key, { before: old[key], after: now[key] }]),
  );
}
