import {
  ACTIVITY_KIND_LABELS,
  BLOCKER_CATEGORY_LABELS,
  BLOCKER_STATUS_LABELS,
  SUPERVISION_STATUS_LABELS,
  CHAIN_ROLE_LABELS,
  EVIDENCE_LABELS,
  PROJECT_STATUS_LABELS,
  SOURCE_METHOD_LABELS,
  STAGE_LABELS,
  formatWan,
  type BilingualLabel,
} from '@luodi/domain';
import type { MessageKey, Translate } from '../../../shared/i18n';

/** Names of the fields the audit log mentions that are not evidence fields. */
const FIELD_KEYS: Record<string, MessageKey> = {
  code: 'field.code',
  name: 'field.name',
  stage: 'field.stage',
  status: 'field.status',
  investorId: 'field.investorId',
  orgUnitId: 'field.orgUnitId',
  chainId: 'field.chainId',
  chainRole: 'field.chainRole',
  sourceMethod: 'field.sourceMethod',
  ownerId: 'field.ownerId',
  plannedInvestment: 'field.plannedInvestment',
  teamIds: 'field.teamIds',
  terminatedOn: 'field.terminatedOn',
  terminationReason: 'field.terminationReason',
  reason: 'field.reason',
  position: 'field.position',
  amount: 'field.amount',
  arrivedOn: 'field.arrivedOn',
  voucherNo: 'field.voucherNo',
  verified: 'field.verified',
  kind: 'field.kind',
  summary: 'field.summary',
  happenedOn: 'field.happenedOn',
  rejected: 'field.rejected',
  rejectionReason: 'field.rejectionReason',
  demand: 'field.demand',
  dueOn: 'field.dueOn',
  reply: 'field.reply',
  returnReason: 'field.returnReason',
  closingNote: 'field.closingNote',
  category: 'field.category',
  description: 'field.description',
  departmentId: 'field.departmentId',
  raisedOn: 'field.raisedOn',
  resolutionNote: 'field.resolutionNote',
  resolvedById: 'field.resolvedById',
  resolvedOn: 'field.resolvedOn',
  escalationNote: 'field.escalationNote',
  escalatedToId: 'field.escalatedToId',
  reopenReason: 'field.reopenReason',
};

/** A project's status and a 交办问题's share the `status` field name in the audit log. */
const STATUS_LABELS: Record<string, BilingualLabel> = {
  ...PROJECT_STATUS_LABELS,
  ...BLOCKER_STATUS_LABELS,
  ...SUPERVISION_STATUS_LABELS,
};

export interface FormatContext {
  t: Translate;
  bilingual: (label: BilingualLabel) => string;
  lang: 'zh' | 'en';
  /** Names behind ids: people, chains, org units. */
  people: ReadonlyMap<string, string>;
  chains: ReadonlyMap<string, string>;
  orgUnits: ReadonlyMap<string, string>;
  investors: ReadonlyMap<string, string>;
  /** 责任部门 of the project's 交办问题. */
  departments: ReadonlyMap<string, string>;
}

export function fieldLabel(field: string, ctx: Pick<FormatContext, 't' | 'bilingual'>): string {
  if (field in EVIDENCE_LABELS)
    return ctx.bilingual(EVIDENCE_LABELS[field as keyof typeof EVIDENCE_LABELS]);
  const key = FIELD_KEYS[field];
  return key ? ctx.t(key) : field;
}

function labelled(
  labels: Record<string, BilingualLabel>,
  value: unknown,
  ctx: FormatContext,
): string {
  const label = typeof value === 'string' ? labels[value] : undefined;
  return label ? ctx.bilingual(label) : String(value);
}

function named(map: ReadonlyMap<string, string>, value: unknown): string {
  return map.get(String(value)) ?? `#${String(value)}`;
}

/** A before/after value of the audit log in words: names for ids, labels for codes, 万元 for money. */
export function formatFieldValue(field: string, value: unknown, ctx: FormatContext): string {
  if (value === null || value === undefined || value === '') return ctx.t('common.empty');
  switch (field) {
    case 'stage':
      return labelled(STAGE_LABELS, value, ctx);
    case 'status':
      return labelled(STATUS_LABELS, value, ctx);
    case 'chainRole':
      return labelled(CHAIN_ROLE_LABELS, value, ctx);
    case 'kind':
      return labelled(ACTIVITY_KIND_LABELS, value, ctx);
    case 'sourceMethod':
      return labelled(SOURCE_METHOD_LABELS, value, ctx);
    case 'category':
      return labelled(BLOCKER_CATEGORY_LABELS, value, ctx);
    case 'ownerId':
    case 'leaderId':
    case 'resolvedById':
    case 'escalatedToId':
      return named(ctx.people, value);
    case 'departmentId':
      return named(ctx.departments, value);
    case 'teamIds':
      return Array.isArray(value)
        ? value.length === 0
          ? ctx.t('common.empty')
          : value.map((id) => named(ctx.people, id)).join(ctx.t('common.listSeparator'))
        : String(value);
    case 'chainId':
      return named(ctx.chains, value);
    case 'orgUnitId':
      return named(ctx.orgUnits, value);
    case 'investorId':
      return named(ctx.investors, value);
    case 'plannedInvestment':
    case 'contractedInvestment':
    case 'amount':
      return typeof value === 'number' ? formatWan(value, ctx.lang) : String(value);
    case 'landArea':
      return ctx.t('unit.mu', { value: String(value) });
    case 'leasedFloorArea':
      return ctx.t('unit.squareMetre', { value: String(value) });
    case 'verified':
      return ctx.t(value ? 'common.yes' : 'common.no');
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
