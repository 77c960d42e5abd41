import {
  decideMove,
  requiredEvidenceFields,
  stagesEntered,
  evidenceFieldsFor,
  type EvidenceField,
  type ProjectFacts,
  type Role,
  type Stage,
  type StageEvidence,
} from '@luodi/domain';
import dayjs, { type Dayjs } from 'dayjs';
import type { BoardCardFragment, StageEvidenceInput } from '../../../gql/graphql';

/** How each evidence field is entered. */
export type EvidenceInputKind =
  'pastDate' | 'plannedDate' | 'amount' | 'area' | 'text' | 'longText' | 'leader';

export const EVIDENCE_INPUT_KIND: Record<EvidenceField, EvidenceInputKind> = {
  signedOn: 'pastDate',
  contractNo: 'text',
  contractedInvestment: 'amount',
  leaderId: 'leader',
  plannedStartOn: 'plannedDate',
  plannedOperatingOn: 'plannedDate',
  landedOn: 'pastDate',
  companyCreditCode: 'text',
  landArea: 'area',
  leasedFloorArea: 'area',
  startedOn: 'pastDate',
  permitNo: 'text',
  operatingOn: 'pastDate',
  note: 'longText',
};

/**
 * Whether the form marks a field as required. Either-or fields (land or leased floor area, a
 * permit number or a start-up note) are not marked: the hint above them says which is needed.
 */
export function isMarkedRequired(field: EvidenceField, to: Stage): boolean {
  if (field === 'landArea' || field === 'leasedFloorArea' || field === 'permitNo') return false;
  if (field === 'note') return to === 'OPERATING';
  return true;
}

/** What the evidence form holds: dates as dayjs (date pickers), amounts as numbers, text as text. */
export type EvidenceFormValues = Partial<Record<EvidenceField, Dayjs | number | string | null>>;

export interface EvidenceSection {
  stage: Stage;
  fields: EvidenceField[];
}

/**
 * The fields to ask for, grouped by the stage they certify, each field once (a skipped move asks
 * for the evidence of every stage passed). Exactly requiredEvidenceFields(from, to).
 */
export function evidenceSections(from: Stage, to: Stage): EvidenceSection[] {
  const seen = new Set<EvidenceField>();
  const sections: EvidenceSection[] = [];
  for (const stage of stagesEntered(from, to)) {
    const fields = evidenceFieldsFor(stage).filter((field) => !seen.has(field));
    fields.forEach((field) => seen.add(field));
    if (fields.length) sections.push({ stage, fields });
  }
  return sections;
}

/** The facts the project already records, in the shape decideMove reads. */
export function projectFacts(card: BoardCardFragment): ProjectFacts {
  return {
    stage: card.stage,
    signedOn: card.signedOn,
    contractNo: card.contractNo,
    contractedInvestment: card.contractedInvestment,
    leaderId: card.leader?.id ?? null,
    plannedStartOn: card.plannedStartOn,
    plannedOperatingOn: card.plannedOperatingOn,
    landedOn: card.landedOn,
    companyCreditCode: card.companyCreditCode,
    landArea: card.landArea,
    leasedFloorArea: card.leasedFloorArea,
    startedOn: card.startedOn,
    permitNo: card.permitNo,
    operatingOn: card.operatingOn,
  };
}

/**
 * The form's starting values: what the project already records (a leader named while
 * negotiating, planned dates). The date a stage is reached starts empty: a person types the
 * real date rather than accepting today's.
 */
export function initialEvidenceValues(card: BoardCardFragment, to: Stage): EvidenceFormValues {
  const facts = projectFacts(card) as unknown as Record<string, unknown>;
  const values: EvidenceFormValues = {};
  for (const field of requiredEvidenceFields(card.stage, to)) {
    const fact = field === 'note' ? null : facts[field];
    if (fact === null || fact === undefined || fact === '') continue;
    const kind = EVIDENCE_INPUT_KIND[field];
    values[field] =
      kind === 'pastDate' || kind === 'plannedDate'
        ? dayjs(String(fact))
        : (fact as number | string);
  }
  return values;
}

function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/** The form's values as the API's evidence: ISO dates, trimmed text, blanks as null. */
export function evidenceFromValues(
  values: EvidenceFormValues,
  fields: readonly EvidenceField[],
): StageEvidenceInput {
  const evidence: Record<string, string | number | null> = {};
  for (const field of fields) {
    const value = values[field];
    if (isBlank(value)) evidence[field] = null;
    else if (dayjs.isDayjs(value)) evidence[field] = value.format('YYYY-MM-DD');
    else if (typeof value === 'string') evidence[field] = value.trim();
    else evidence[field] = value as number;
  }
  return evidence as StageEvidenceInput;
}

export type EvidenceCheck =
  | { ok: true; evidence: StageEvidenceInput }
  | { ok: false; fieldErrors: Partial<Record<EvidenceField, string>>; message: string | null };

/**
 * Checks the form with decideMove — the same rules the server enforces — so that a person sees
 * every problem beside its field before anything is sent. Errors for fields the form does not
 * show (none expected) come back as a message.
 */
export function checkEvidence(args: {
  card: BoardCardFragment;
  to: Stage;
  values: EvidenceFormValues;
  role: Role;
  today: string;
}): EvidenceCheck {
  const fields = requiredEvidenceFields(args.card.stage, args.to);
  const evidence = evidenceFromValues(args.values, fields);
  const decision = decideMove({
    project: projectFacts(args.card),
    toStage: args.to,
    evidence: evidence as StageEvidence,
    role: args.role,
    today: args.today,
  });
  if (decision.ok) return { ok: true, evidence };
  const fieldErrors: Partial<Record<EvidenceField, string>> = {};
  const elsewhere: string[] = [];
  for (const [field, message] of Object.entries(decision.fields)) {
    if ((fields as string[]).includes(field)) fieldErrors[field as EvidenceField] = message;
    else elsewhere.push(message);
  }
  const message =
    elsewhere.length > 0 || Object.keys(fieldErrors).length === 0
      ? elsewhere.join('；') || decision.message
      : null;
  return { ok: false, fieldErrors, message };
}

/** Checks a backward move's reason the way the server does; null when it is acceptable. */
export function reasonError(args: {
  card: BoardCardFragment;
  to: Stage;
  reason: string | undefined;
  role: Role;
  today: string;
}): string | null {
  const decision = decideMove({
    project: projectFacts(args.card),
    toStage: args.to,
    evidence: {},
    role: args.role,
    reason: args.reason ?? '',
    today: args.today,
  });
  return decision.ok ? null : (decision.fields['reason'] ?? decision.message);
}
