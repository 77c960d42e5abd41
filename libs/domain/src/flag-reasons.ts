import { STAGE_LABELS } from './stages';

/**
 * The sentences a flag gives as its reason, in both languages, from one template per case.
 * The rules write the Chinese sentence (the API's `reason`); a client showing English reads the
 * case and its values back from that sentence with the same template and writes the English one.
 */
export const FLAG_REASON_TEMPLATES = {
  FAKE_PROJECT: {
    zh: '签约后 {days} 天未见到位资金',
    en: 'No capital arrived in the {days} days since signing',
  },
  STALLED_IN_STAGE: {
    zh: '在「{stage}」阶段已停留 {days} 天（上限 {limit} 天）',
    en: '{days} days in “{stage}” (limit {limit} days)',
  },
  STALLED_SINCE_FACT: {
    zh: '「{stage}」阶段已 {days} 天无实质进展（上限 {limit} 天）',
    en: 'No real progress in “{stage}” for {days} days (limit {limit} days)',
  },
  IDLE_LAND: {
    zh: '落地供地 {days} 天仍未开工',
    en: 'Land given {days} days ago and construction not started',
  },
  LOW_CAPITAL: {
    zh: '资金到位率 {rate}，低于 {threshold}',
    en: 'Capital arrival rate {rate}, below {threshold}',
  },
  NO_FOLLOW_UP: {
    zh: '在谈 {days} 天无实质进展',
    en: 'No real progress in negotiation for {days} days',
  },
  LOW_LAND_YIELD: {
    zh: '亩均投资 {perMu}，低于 {minimum} 万元/亩',
    en: 'Investment per mu {perMu}, below {minimum} (10k CNY) per mu',
  },
  DUPLICATE: {
    zh: '与项目 {code} 重复签约（同一投资方）',
    en: 'Signed twice: the same investor as project {code}',
  },
  BLOCKER_OVERDUE_MORE: {
    zh: '{department} 交办问题逾期 {days} 天，另有 {more} 项逾期',
    en: 'Blocker with {department} overdue by {days} days; {more} more overdue',
  },
  BLOCKER_OVERDUE: {
    zh: '{department} 交办问题逾期 {days} 天',
    en: 'Blocker with {department} overdue by {days} days',
  },
  SUPERVISION_OVERDUE_MORE: {
    zh: '督办事项逾期 {days} 天未回复，共 {count} 件',
    en: 'Supervision notice unanswered {days} days past its deadline ({count} in all)',
  },
  SUPERVISION_OVERDUE: {
    zh: '督办事项逾期 {days} 天未回复',
    en: 'Supervision notice unanswered {days} days past its deadline',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type FlagReasonCode = keyof typeof FLAG_REASON_TEMPLATES;
export type FlagReasonParams = Record<string, string | number>;

function fill(template: string, params: FlagReasonParams): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

/** The reason sentence of a case, in Chinese unless asked otherwise. */
export function flagReason(
  code: FlagReasonCode,
  params: FlagReasonParams,
  lang: 'zh' | 'en' = 'zh',
): string {
  return fill(FLAG_REASON_TEMPLATES[code][lang], params);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Longer templates first, so "… 天，另有 2 项逾期" is not read as the shorter case.
const READERS = (Object.keys(FLAG_REASON_TEMPLATES) as FlagReasonCode[])
  .sort((a, b) => FLAG_REASON_TEMPLATES[b].zh.length - FLAG_REASON_TEMPLATES[a].zh.length)
  .map((code) => {
    const names: string[] = [];
    const pattern = FLAG_REASON_TEMPLATES[code].zh
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return escapeRegExp(part);
        names.push(name);
        return '(.+?)';
      })
      .join('');
    return { code, names, pattern: new RegExp(`^${pattern}$`) };
  });

/** The case and values of a Chinese reason sentence, or null when no template wrote it. */
export function readFlagReason(
  reason: string,
): { code: FlagReasonCode; params: Record<string, string> } | null {
  for (const reader of READERS) {
    const match = reader.pattern.exec(reason);
    if (match) {
      const params = Object.fromEntries(reader.names.map((name, i) => [name, match[i + 1]]));
      return { code: reader.code, params };
    }
  }
  return null;
}

// Values inside a sentence that carry Chinese words of their own: amounts and stage names.
const EN_VALUES: [RegExp, string][] = [
  [/ 万元$/, ' (10k CNY)'],
  [/ 亿元$/, ' (100M CNY)'],
];
const STAGE_EN: Record<string, string> = Object.fromEntries(
  Object.values(STAGE_LABELS).map((label) => [label.zh, label.en]),
);

/**
 * A reason sentence in the language asked for. Chinese is returned as it is; a sentence no
 * template wrote (a newer server) is returned unchanged rather than guessed at.
 */
export function translateFlagReason(reason: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return reason;
  const read = readFlagReason(reason);
  if (!read) return reason;
  const params = Object.fromEntries(
    Object.entries(read.params).map(([name, value]) => {
      if (name === 'stage') return [name, STAGE_EN[value] ?? value];
      const rule = EN_VALUES.find(([pattern]) => pattern.test(value));
      return [name, rule ? value.replace(rule[0], rule[1]) : value];
    }),
  );
  return flagReason(read.code, params, 'en');
}
