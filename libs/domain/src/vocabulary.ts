import type { BilingualLabel } from './stages';

/** 招商方式. Stored as the Chinese words themselves: they are the official names. */
export const SOURCE_METHODS = [
  '领导招商',
  '以商招商',
  '小分队招商',
  '定点招商',
  '代理招商',
  '敲门招商',
  '资本招商',
  '展会招商',
  '其他',
] as const;
export type SourceMethod = (typeof SOURCE_METHODS)[number];

/** The official Chinese names, and what an English page shows for them. */
export const SOURCE_METHOD_LABELS: Record<SourceMethod, BilingualLabel> = {
  领导招商: { zh: '领导招商', en: 'Led by leaders' },
  以商招商: { zh: '以商招商', en: 'Investor referral' },
  小分队招商: { zh: '小分队招商', en: 'Task force' },
  定点招商: { zh: '定点招商', en: 'Targeted' },
  代理招商: { zh: '代理招商', en: 'Through an agent' },
  敲门招商: { zh: '敲门招商', en: 'Door-knocking' },
  资本招商: { zh: '资本招商', en: 'Capital-led' },
  展会招商: { zh: '展会招商', en: 'Trade fair' },
  其他: { zh: '其他', en: 'Other' },
};

/** 投资方标签: the 三类500强 and other marks of a strong investor. */
export const INVESTOR_TAGS = [
  '世界500强',
  '中国500强',
  '民营500强',
  '上市公司',
  '链主企业',
  '专精特新',
] as const;
export type InvestorTag = (typeof INVESTOR_TAGS)[number];

export const INVESTOR_TAG_LABELS: Record<InvestorTag, BilingualLabel> = {
  世界500强: { zh: '世界500强', en: 'Fortune Global 500' },
  中国500强: { zh: '中国500强', en: 'China Top 500' },
  民营500强: { zh: '民营500强', en: 'Top 500 private' },
  上市公司: { zh: '上市公司', en: 'Listed company' },
  链主企业: { zh: '链主企业', en: 'Chain leader' },
  专精特新: { zh: '专精特新', en: 'Specialised SME' },
};

/** 交办问题 categories (the factor that blocks the project). */
export const BLOCKER_CATEGORIES = [
  '土地',
  '资金',
  '审批',
  '安征迁',
  '水电气',
  '用工',
  '其他',
] as const;
export type BlockerCategory = (typeof BLOCKER_CATEGORIES)[number];

export const BLOCKER_CATEGORY_LABELS: Record<BlockerCategory, BilingualLabel> = {
  土地: { zh: '土地', en: 'Land' },
  资金: { zh: '资金', en: 'Funding' },
  审批: { zh: '审批', en: 'Approvals' },
  安征迁: { zh: '安征迁', en: 'Resettlement' },
  水电气: { zh: '水电气', en: 'Utilities' },
  用工: { zh: '用工', en: 'Labour' },
  其他: { zh: '其他', en: 'Other' },
};

/** A stored Chinese choice in the language asked for; an unknown value as it is. */
export function choiceLabel(
  labels: Record<string, BilingualLabel>,
  value: string,
  lang: 'zh' | 'en',
): string {
  return labels[value]?.[lang] ?? value;
}

/** What a project does for its industry chain. */
export const CHAIN_ROLES = ['BUILD', 'EXTEND', 'FILL', 'STRENGTHEN'] as const;
export type ChainRole = (typeof CHAIN_ROLES)[number];

export const CHAIN_ROLE_LABELS: Record<ChainRole, BilingualLabel> = {
  BUILD: { zh: '建链', en: 'Build the chain' },
  EXTEND: { zh: '延链', en: 'Extend the chain' },
  FILL: { zh: '补链', en: 'Fill a gap' },
  STRENGTHEN: { zh: '强链', en: 'Strengthen the chain' },
};

/** 跟进记录 kinds. */
export const ACTIVITY_KINDS = [
  'VISIT',
  'CALL',
  'MEETING',
  'SITE_INSPECTION',
  'SIGNING',
  'OTHER',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, BilingualLabel> = {
  VISIT: { zh: '走访', en: 'Visit' },
  CALL: { zh: '电话', en: 'Call' },
  MEETING: { zh: '洽谈会', en: 'Meeting' },
  SITE_INSPECTION: { zh: '实地考察', en: 'Site inspection' },
  SIGNING: { zh: '签约仪式', en: 'Signing ceremony' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const PROJECT_STATUSES = ['ACTIVE', 'TERMINATED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, BilingualLabel> = {
  ACTIVE: { zh: '推进中', en: 'Active' },
  TERMINATED: { zh: '已终止', en: 'Terminated' },
};

/**
 * 督办 notice life cycle: issued → replied → closed, or replied → sent back (to be answered
 * again) → replied …. The leader owes an answer while it is ISSUED or RETURNED.
 */
export const SUPERVISION_STATUSES = ['ISSUED', 'REPLIED', 'RETURNED', 'CLOSED'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];

export const SUPERVISION_STATUS_LABELS: Record<SupervisionStatus, BilingualLabel> = {
  ISSUED: { zh: '待回复', en: 'Awaiting reply' },
  REPLIED: { zh: '已回复', en: 'Replied' },
  RETURNED: { zh: '退回重办', en: 'Sent back' },
  CLOSED: { zh: '已办结', en: 'Closed' },
};

export function awaitsReply(status: SupervisionStatus): boolean {
  return status === 'ISSUED' || status === 'RETURNED';
}
