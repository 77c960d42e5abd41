import { isIsoDate } from './dates';
import { creditCodeError, normaliseCreditCode } from './credit-code';
import { amountError } from './money';
import { STAGES, STAGE_DATE_FIELD, STAGE_LABELS, type Stage, stageIndex } from './stages';
import { cleanText } from './text';
import { EVIDENCE_LABELS, type EvidenceField, type ProjectFacts } from './evidence-fields';

export const MAX_CODE_LENGTH = 64;
export const MAX_NOTE_LENGTH = 2000;

export interface ForwardCheck {
  errors: Partial<Record<EvidenceField, string>>;
  /** Every evidence field given for an entered stage, normalised; the note excluded. */
  patch: Partial<ProjectFacts>;
  note: string | null;
}

type Parsed<T> = { value: T } | { error: string };
type Parse<T> = (raw: unknown, field: EvidenceField) => Parsed<T>;

interface Checker {
  today: string;
  /** The given value, else the project's fact; null (with the "需要填写" error) when neither. */
  required<T>(stage: Stage, field: EvidenceField, parse: Parse<T>): T | null;
  /** The given value, else the project's fact; null when neither or when invalid. */
  optional<T>(field: EvidenceField, parse: Parse<T>): T | null;
  fail(field: EvidenceField, message: string): void;
  hasError(field: EvidenceField): boolean;
}

/**
 * Checks the evidence for every stage a forward move enters. A fact already on the project
 * (a leader assigned at creation, planned dates set while negotiating) counts as evidence.
 * Fields of stages the move does not enter are ignored: a landing date saved on a merely signed
 * project would make it count as landed in the rates.
 */
export function checkForwardEvidence(
  project: ProjectFacts,
  from: Stage,
  entered: Stage[],
  evidence: object,
  today: string,
): ForwardCheck {
  const errors: ForwardCheck['errors'] = {};
  const patch: Record<string, unknown> = {};
  const resolved: Partial<Record<EvidenceField, unknown>> = {};
  const facts: Partial<Record<EvidenceField, unknown>> = project;
  const fail = (field: EvidenceField, message: string) => {
    errors[field] ??= message;
  };
  const hasError = (field: EvidenceField) => field in errors;

  const optional = <T>(field: EvidenceField, parse: Parse<T>): T | null => {
    const given = ownValue(evidence, field);
    // The note belongs to this transition, so an old one never stands in for it.
    const raw = !isBlank(given) ? given : field === 'note' ? undefined : facts[field];
    if (isBlank(raw)) return null;
    const parsed = parse(raw, field);
    if ('error' in parsed) {
      fail(field, parsed.error);
      return null;
    }
    if (raw === given && field !== 'note') patch[field] = parsed.value;
    resolved[field] = parsed.value;
    return parsed.value;
  };

  const required = <T>(stage: Stage, field: EvidenceField, parse: Parse<T>): T | null => {
    const value = optional(field, parse);
    if (value === null && !hasError(field)) fail(field, missingMessage(stage, field));
    return value;
  };

  const checker: Checker = { today, optional, required, fail, hasError };

  for (const stage of entered) {
    if (stage !== 'NEGOTIATING') STAGE_CHECKS[stage](checker);
  }
  checkStageDatesInOrder(checker, project, from, entered, resolved);
  return { errors, patch, note: (resolved.note as string | undefined) ?? null };
}

const STAGE_CHECKS: Record<Exclude<Stage, 'NEGOTIATING'>, (c: Checker) => void> = {
  SIGNED(c) {
    const signedOn = c.required('SIGNED', 'signedOn', pastDate(c.today));
    c.required('SIGNED', 'contractNo', text(MAX_CODE_LENGTH));
    c.required('SIGNED', 'contractedInvestment', amount({ unit: '万元', allowZero: false }));
    c.required('SIGNED', 'leaderId', text(MAX_CODE_LENGTH));
    // Planned dates are promises about the future, so "not after today" does not apply.
    const plannedStartOn = c.required('SIGNED', 'plannedStartOn', anyDate);
    const plannedOperatingOn = c.required('SIGNED', 'plannedOperatingOn', anyDate);
    if (signedOn && plannedStartOn && plannedStartOn < signedOn) {
      c.fail('plannedStartOn', notBeforeMessage('plannedStartOn', 'signedOn'));
    }
    if (plannedStartOn && plannedOperatingOn && plannedOperatingOn < plannedStartOn) {
      c.fail('plannedOperatingOn', notBeforeMessage('plannedOperatingOn', 'plannedStartOn'));
    } else if (signedOn && plannedOperatingOn && plannedOperatingOn < signedOn) {
      c.fail('plannedOperatingOn', notBeforeMessage('plannedOperatingOn', 'signedOn'));
    }
  },
  LANDED(c) {
    c.required('LANDED', 'landedOn', pastDate(c.today));
    c.required('LANDED', 'companyCreditCode', creditCode);
    const landArea = c.optional('landArea', amount({ unit: '亩', allowZero: true }));
    const leasedFloorArea = c.optional('leasedFloorArea', amount({ unit: '㎡', allowZero: true }));
    const hasSpace = (landArea ?? 0) > 0 || (leasedFloorArea ?? 0) > 0;
    if (!hasSpace && !c.hasError('landArea') && !c.hasError('leasedFloorArea')) {
      c.fail('landArea', eitherMessage('LANDED', 'landArea', 'leasedFloorArea'));
    }
  },
  STARTED(c) {
    c.required('STARTED', 'startedOn', pastDate(c.today));
    const permitNo = c.optional('permitNo', text(MAX_CODE_LENGTH));
    const note = c.optional('note', text(MAX_NOTE_LENGTH));
    if (!permitNo && !note && !c.hasError('permitNo') && !c.hasError('note')) {
      c.fail('permitNo', eitherMessage('STARTED', 'permitNo', 'note'));
    }
  },
  OPERATING(c) {
    c.required('OPERATING', 'operatingOn', pastDate(c.today));
    c.required('OPERATING', 'note', text(MAX_NOTE_LENGTH));
  },
};

/**
 * signedOn ≤ landedOn ≤ startedOn ≤ operatingOn, counting dates already on the project. Only a
 * date this move sets is blamed: an old inconsistency is not the mover's to fix here.
 */
function checkStageDatesInOrder(
  c: Checker,
  project: ProjectFacts,
  from: Stage,
  entered: Stage[],
  resolved: Partial<Record<EvidenceField, unknown>>,
): void {
  let latest: { field: EvidenceField; date: string } | null = null;
  for (const stage of STAGES) {
    if (stage === 'NEGOTIATING') continue;
    const field = STAGE_DATE_FIELD[stage];
    const isEntered = entered.includes(stage);
    const candidate = isEntered
      ? resolved[field]
      : stageIndex(stage) <= stageIndex(from)
        ? project[field]
        : null;
    if (!isIsoDate(candidate)) continue;
    if (latest && candidate < latest.date && isEntered) {
      c.fail(field, `${notBeforeMessage(field, latest.field)}（${latest.date}）`);
    }
    if (!latest || candidate > latest.date) latest = { field, date: candidate };
  }
}

function anyDate(raw: unknown, field: EvidenceField): Parsed<string> {
  const date = typeof raw === 'string' ? raw.trim() : raw;
  return isIsoDate(date) ? { value: date } : { error: `${shortLabel(field)}不是有效日期` };
}

function pastDate(today: string): Parse<string> {
  return (raw, field) => {
    const parsed = anyDate(raw, field);
    if ('value' in parsed && parsed.value > today) {
      return { error: `${shortLabel(field)}不能晚于今天（${today}）` };
    }
    return parsed;
  };
}

function text(max: number): Parse<string> {
  return (raw, field) => {
    const cleaned = cleanText(raw, field, { max, label: shortLabel(field), required: true });
    return cleaned.value === null ? { error: cleaned.error as string } : { value: cleaned.value };
  };
}

function amount(rules: { unit: string; allowZero: boolean }): Parse<number> {
  return (raw, field) => {
    const error = amountError(raw, { ...rules, label: shortLabel(field) });
    return error ? { error } : { value: raw as number };
  };
}

function creditCode(raw: unknown, field: EvidenceField): Parsed<string> {
  if (typeof raw !== 'string') return { error: `${shortLabel(field)}必须是文本` };
  const error = creditCodeError(raw);
  return error ? { error } : { value: normaliseCreditCode(raw) };
}

function missingMessage(stage: Stage, field: EvidenceField): string {
  const verb = field === 'leaderId' ? '指定' : '填写';
  return `进入「${STAGE_LABELS[stage].zh}」需要${verb}${EVIDENCE_LABELS[field].zh}`;
}

function eitherMessage(stage: Stage, field: EvidenceField, alternative: EvidenceField): string {
  return `${missingMessage(stage, field)}或${EVIDENCE_LABELS[alternative].zh}`;
}

function notBeforeMessage(later: EvidenceField, earlier: EvidenceField): string {
  return `${shortLabel(later)}不能早于${shortLabel(earlier)}`;
}

/** Captions carry the unit, "合同引资额（万元）"; sentences read better without it. */
function shortLabel(field: EvidenceField): string {
  return EVIDENCE_LABELS[field].zh.replace(/（[^）]*）$/, '');
}

function ownValue(source: object, field: string): unknown {
  return Object.hasOwn(source, field) ? (source as Record<string, unknown>)[field] : undefined;
}

function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}
