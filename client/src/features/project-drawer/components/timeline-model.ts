import type { ProjectDetailFragment, Stage } from '../../../gql/graphql';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

type Person = { id: string; name: string };

interface EntryBase {
  key: string;
  /** When it was recorded (ISO date-time); the list is ordered by it, newest first. */
  at: string;
  who: Person;
  changes: FieldChange[];
}

export type TimelineEntry =
  | (EntryBase & { kind: 'transition'; from: Stage | null; to: Stage; note: string | null })
  | (EntryBase & {
      kind: 'arrival';
      amount: number;
      arrivedOn: string;
      voucherNo: string;
      verified: boolean;
    })
  | (EntryBase & { kind: 'activity'; activityKind: string; summary: string; happenedOn: string })
  | (EntryBase & { kind: 'audit'; action: string; entity: string });

export type TimelineSources = Pick<
  ProjectDetailFragment,
  'transitions' | 'capitalArrivals' | 'activities' | 'auditEvents'
>;

type AuditEvent = TimelineSources['auditEvents'][number];

/** Reads an audit event's `changes` JSON ({ field: { before, after } }); anything else gives []. */
export function parseChanges(json: string): FieldChange[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [];
  return Object.entries(parsed as Record<string, unknown>).map(([field, change]) => {
    const pair =
      typeof change === 'object' && change !== null ? (change as Record<string, unknown>) : {};
    return { field, before: pair['before'] ?? null, after: pair['after'] ?? null };
  });
}

const STAGE_ACTIONS = ['CREATE', 'MOVE', 'CORRECT_STAGE', 'UNDO'];
/** A stage change and its audit event are written in one transaction, moments apart. */
const SAME_WRITE_MS = 60_000;
/** Facts that the entry itself already shows are not repeated in its list of changes. */
const SHOWN_BY_ENTRY: Record<TimelineEntry['kind'], string[]> = {
  transition: ['stage'],
  arrival: ['amount', 'arrivedOn', 'voucherNo', 'verified'],
  activity: ['kind', 'summary', 'happenedOn'],
  audit: [],
};

function millis(at: string): number {
  const time = Date.parse(at);
  return Number.isNaN(time) ? 0 : time;
}

/** The start of a China calendar day, for records that carry a date only. */
function dayStart(date: string): string {
  return `${date}T00:00:00+08:00`;
}

function withoutShown(kind: TimelineEntry['kind'], changes: FieldChange[]): FieldChange[] {
  return changes.filter((change) => !SHOWN_BY_ENTRY[kind].includes(change.field));
}

/**
 * One history for the drawer: stage changes, capital arrivals, follow-ups and the audit log,
 * newest first. An audit event that records one of the other three is folded into it (its
 * other changed fields listed there) rather than shown twice; the rest stand on their own.
 */
export function buildTimeline(sources: TimelineSources): TimelineEntry[] {
  const audits = [...sources.auditEvents].sort(
    (a, b) => millis(a.at) - millis(b.at) || Number(a.id) - Number(b.id),
  );
  const used = new Set<string>();
  const take = (event: AuditEvent | undefined) => {
    if (event) used.add(event.id);
    return event;
  };

  const entries: TimelineEntry[] = [];

  for (const transition of sources.transitions) {
    const event = take(
      audits.find((candidate) => {
        if (used.has(candidate.id) || candidate.entity !== 'Project') return false;
        if (!STAGE_ACTIONS.includes(candidate.action)) return false;
        if (Math.abs(millis(candidate.at) - millis(transition.at)) > SAME_WRITE_MS) return false;
        const stage = parseChanges(candidate.changes).find((change) => change.field === 'stage');
        return stage
          ? stage.after === transition.toStage
          : candidate.action !== 'CREATE' || transition.fromStage === null;
      }),
    );
    entries.push({
      kind: 'transition',
      key: `transition-${transition.id}`,
      at: transition.at,
      who: transition.by,
      from: transition.fromStage ?? null,
      to: transition.toStage,
      note: transition.note ?? null,
      changes: event ? withoutShown('transition', parseChanges(event.changes)) : [],
    });
  }

  for (const arrival of sources.capitalArrivals) {
    const event = take(
      audits.find(
        (candidate) =>
          !used.has(candidate.id) &&
          candidate.entity === 'CapitalArrival' &&
          candidate.action === 'RECORD_ARRIVAL' &&
          candidate.entityId === arrival.id,
      ),
    );
    entries.push({
      kind: 'arrival',
      key: `arrival-${arrival.id}`,
      at: arrival.recordedAt,
      who: arrival.recordedBy,
      amount: arrival.amount,
      arrivedOn: arrival.arrivedOn,
      voucherNo: arrival.voucherNo,
      verified: arrival.verified,
      changes: event ? withoutShown('arrival', parseChanges(event.changes)) : [],
    });
  }

  for (const activity of sources.activities) {
    const event = take(
      audits.find(
        (candidate) =>
          !used.has(candidate.id) &&
          candidate.entity === 'Activity' &&
          candidate.action === 'ADD_ACTIVITY' &&
          candidate.entityId === activity.id,
      ),
    );
    entries.push({
      kind: 'activity',
      key: `activity-${activity.id}`,
      // An activity has only the day it happened; the audit event says when it was recorded.
      at: event?.at ?? dayStart(activity.happenedOn),
      who: activity.by,
      activityKind: activity.kind,
      summary: activity.summary,
      happenedOn: activity.happenedOn,
      changes: event ? withoutShown('activity', parseChanges(event.changes)) : [],
    });
  }

  for (const event of audits) {
    if (used.has(event.id)) continue;
    entries.push({
      kind: 'audit',
      key: `audit-${event.id}`,
      at: event.at,
      who: event.actor,
      action: event.action,
      entity: event.entity,
      changes: parseChanges(event.changes),
    });
  }

  return entries.sort((a, b) => millis(b.at) - millis(a.at) || b.key.localeCompare(a.key));
}
