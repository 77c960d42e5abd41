import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

export interface AuditEntry {
  /** Null only for a failed login with an unknown username. */
  actorId: number | null;
  action: string;
  entity: string;
  entityId: number;
  projectId?: number | null;
  changes: FieldChanges;
  /** The client address, for events a person triggers from somewhere (logins, exports …). */
  address?: string | null;
}

/** The before → after of every field that changed; equal values are left out. */
export function diffFields<T extends object>(
  before: Partial<T> | null,
  after: Partial<T>,
  fields: (keyof T)[],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const old = before ? normalise(before[field]) : null;
    const now = normalise(after[field]);
    if (JSON.stringify(old) !== JSON.stringify(now))
      changes[String(field)] = { before: old, after: now };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}

@Injectable()
export class AuditService {
  /** Always called with the transaction's manager: the event commits or rolls back with the change. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<AuditEvent> {
    return manager.getRepository(AuditEvent).save({
      at: new Date(),
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      projectId: entry.projectId ?? null,
      changes: JSON.stringify(entry.changes),
      address: entry.address ?? null,
    });
  }
}
