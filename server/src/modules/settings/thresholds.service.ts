import { Injectable } from '@nestjs/common';
import { thresholdsError, type FlagThresholds } from '@luodi/domain';
import { requireRole } from '../../common/access';
import { badInput } from '../../common/errors';
import { Transactions } from '../../common/transactions';
import { AuditService, type FieldChanges } from '../audit/audit.service';
import { FlagsService } from '../projects/flags.service';
import type { User } from '../users/user.entity';
import { THRESHOLDS_KEY, SettingsService } from './settings.service';
import { Setting } from './setting.entity';

/** The audit trail's entity id for the one thresholds record. */
const THRESHOLDS_ENTITY_ID = 1;

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
