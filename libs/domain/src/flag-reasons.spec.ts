import { addDays } from './dates';
import {
  FLAG_REASON_TEMPLATES,
  flagReason,
  readFlagReason,
  translateFlagReason,
} from './flag-reasons';
import { DEFAULT_THRESHOLDS, computeFlags, type FlagFacts } from './flags';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const day = (n: number) => addDays('2026-01-01', n);

describe('flag reasons in two languages', () => {
  it('reads every case back from its Chinese sentence', () => {
    const samples: Record<string, Record<string, string | number>> = {
      FAKE_PROJECT: { days: 132 },
      STALLED_IN_STAGE: { stage: '签约', days: 150, limit: 180 },
      STALLED_SINCE_FACT: { stage: '落地', days: 190, limit: 180 },
      IDLE_LAND: { days: 200 },
      LOW_CAPITAL: { rate: '12.5%', threshold: '25%' },
      NO_FOLLOW_UP: { days: 61 },
      LOW_LAND_YIELD: { perMu: '150.00 万元', minimum: 200 },
      DUPLICATE: { code: 'XM-2026-00001' },
      BLOCKER_OVERDUE_MORE: { department: '自然资源局', days: 3, more: 2 },
      BLOCKER_OVERDUE: { department: '自然资源局', days: 3 },
      SUPERVISION_OVERDUE_MORE: { days: 4, count: 2 },
      SUPERVISION_OVERDUE: { days: 4 },
    };
    expect(Object.keys(samples).sort()).toEqual(Object.keys(FLAG_REASON_TEMPLATES).sort());
    for (const [code, params] of Object.entries(samples)) {
      const zh = flagReason(code as keyof typeof FLAG_REASON_TEMPLATES, params);
      expect(readFlagReason(zh)).toEqual({
        code,
        params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
      });
      const en = translateFlagReason(zh, 'en');
      // Only data (a department's name) stays Chinese in English.
      expect(en.replace('自然资源局', '')).not.toMatch(CJK);
      expect(translateFlagReason(zh, 'zh')).toBe(zh);
    }
  });

  it('writes units and stages in English', () => {
    expect(translateFlagReason('亩均投资 150.00 万元，低于 200 万元/亩', 'en')).toBe(
      'Investment per mu 150.00 (10k CNY), below 200 (10k CNY) per mu',
    );
    expect(translateFlagReason('在「签约」阶段已停留 150 天（上限 180 天）', 'en')).toBe(
      '150 days in “Signed” (limit 180 days)',
    );
    expect(translateFlagReason('督办事项逾期 4 天未回复，共 2 件', 'en')).toBe(
      'Supervision notice unanswered 4 days past its deadline (2 in all)',
    );
  });

  it('leaves a sentence no template wrote as it is', () => {
    expect(translateFlagReason('某条新的预警原因', 'en')).toBe('某条新的预警原因');
  });

  it('reads the reason of every flag the rules light', () => {
    const base: FlagFacts = {
      status: 'ACTIVE',
      stage: 'LANDED',
      stageEnteredOn: day(0),
      lastProgressOn: day(0),
      signedOn: day(0),
      landedOn: day(0),
      contractedInvestment: 1000,
      arrivedInvestment: 0,
      landArea: 50,
      duplicateOf: { code: 'XM-2025-00009', signedOn: day(-10) },
      openBlockers: [
        { dueOn: day(10), departmentName: '住建局' },
        { dueOn: day(20), departmentName: '供电公司' },
      ],
      awaitedSupervisions: [{ dueOn: day(30) }, { dueOn: day(40) }],
    };
    const negotiating: FlagFacts = { ...base, stage: 'NEGOTIATING', signedOn: null };
    const flags = [
      ...computeFlags(base, DEFAULT_THRESHOLDS, day(400)),
      ...computeFlags(negotiating, DEFAULT_THRESHOLDS, day(400)),
    ];
    expect(new Set(flags.map((flag) => flag.kind)).size).toBeGreaterThanOrEqual(8);
    for (const flag of flags) expect(readFlagReason(flag.reason)).not.toBeNull();
  });
});
