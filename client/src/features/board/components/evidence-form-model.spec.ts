import { requiredEvidenceFields, type Stage } from '@luodi/domain';
import dayjs from 'dayjs';
import type { BoardCardFragment } from '../../../gql/graphql';
import {
  checkEvidence,
  evidenceFromValues,
  evidenceSections,
  initialEvidenceValues,
  isMarkedRequired,
  reasonError,
} from './evidence-form-model';

const TODAY = '2026-05-20';
const VALID_CODE = '91350100M000100Y43';

function card(overrides: Partial<BoardCardFragment> = {}): BoardCardFragment {
  return {
    id: '7',
    code: 'XM-2026-00007',
    name: '锰锌新材料项目',
    stage: 'SIGNED',
    status: 'ACTIVE',
    version: 3,
    daysInStage: 12,
    plannedInvestment: null,
    contractedInvestment: 12000,
    arrivedInvestment: 0,
    arrivedVerified: 0,
    signedOn: '2026-04-01',
    contractNo: 'HT-2026-018',
    plannedStartOn: '2026-06-01',
    plannedOperatingOn: '2027-06-01',
    landedOn: null,
    companyCreditCode: null,
    landArea: null,
    leasedFloorArea: null,
    startedOn: null,
    permitNo: null,
    operatingOn: null,
    investor: { id: '1', name: '湘西锰业' },
    owner: { id: '2', name: '张明' },
    leader: { id: '5', name: '陈志强' },
    team: [],
    openBlockerCount: 0,
    flags: [],
    ...overrides,
  };
}

describe('evidence form', () => {
  it('asks for exactly the fields the stages passed require, grouped by stage', () => {
    const sections = evidenceSections('NEGOTIATING', 'LANDED');
    expect(sections.map((section) => section.stage)).toEqual(['SIGNED', 'LANDED']);
    expect(sections.flatMap((section) => section.fields)).toEqual(
      requiredEvidenceFields('NEGOTIATING', 'LANDED'),
    );
    expect(evidenceSections('SIGNED', 'LANDED')).toEqual([
      { stage: 'LANDED', fields: ['landedOn', 'companyCreditCode', 'landArea', 'leasedFloorArea'] },
    ]);
  });

  it('lists the shared note once when a move skips from 落地 to 投产', () => {
    const fields = evidenceSections('LANDED', 'OPERATING').flatMap((section) => section.fields);
    expect(fields.filter((field) => field === 'note')).toHaveLength(1);
    expect(fields).toEqual(requiredEvidenceFields('LANDED', 'OPERATING'));
  });

  it('starts from the facts already recorded, and leaves the date of each stage entered empty', () => {
    const values = initialEvidenceValues(card({ stage: 'NEGOTIATING', signedOn: null }), 'SIGNED');
    expect(values.leaderId).toBe('5');
    expect(values.contractedInvestment).toBe(12000);
    expect(dayjs.isDayjs(values.plannedStartOn) && values.plannedStartOn.format('YYYY-MM-DD')).toBe(
      '2026-06-01',
    );
    expect(values).not.toHaveProperty('signedOn');
    expect(values).not.toHaveProperty('landedOn');
  });

  it('marks every required field, and leaves the either-or ones to the hint above them', () => {
    const marked = (from: Stage, to: Stage) =>
      requiredEvidenceFields(from, to).filter((field) => isMarkedRequired(field, to));
    expect(marked('NEGOTIATING', 'SIGNED')).toEqual(
      requiredEvidenceFields('NEGOTIATING', 'SIGNED'),
    );
    expect(marked('SIGNED', 'LANDED')).toEqual(['landedOn', 'companyCreditCode']);
    expect(marked('LANDED', 'STARTED')).toEqual(['startedOn']);
    expect(marked('STARTED', 'OPERATING')).toEqual(['operatingOn', 'note']);
  });

  it('turns the form values into the API evidence: ISO dates, trimmed text, blanks as null', () => {
    const evidence = evidenceFromValues(
      {
        landedOn: dayjs('2026-05-02'),
        companyCreditCode: ` ${VALID_CODE} `,
        landArea: 50,
        leasedFloorArea: null,
      },
      ['landedOn', 'companyCreditCode', 'landArea', 'leasedFloorArea'],
    );
    expect(evidence).toEqual({
      landedOn: '2026-05-02',
      companyCreditCode: VALID_CODE,
      landArea: 50,
      leasedFloorArea: null,
    });
  });

  it('puts a bad credit code and a missing space beside their fields before anything is sent', () => {
    const check = checkEvidence({
      card: card(),
      to: 'LANDED',
      values: { landedOn: dayjs('2026-05-02'), companyCreditCode: '91350100M000100Y40' },
      role: 'STAFF',
      today: TODAY,
    });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.fieldErrors.companyCreditCode).toBe('统一社会信用代码校验位错误');
    expect(check.fieldErrors.landArea).toMatch(/用地面积.*租赁厂房面积/);
    expect(check.message).toBeNull();
  });

  it('refuses a landing date before the signing date and one in the future', () => {
    const early = checkEvidence({
      card: card(),
      to: 'LANDED',
      values: { landedOn: dayjs('2026-03-01'), companyCreditCode: VALID_CODE, landArea: 50 },
      role: 'STAFF',
      today: TODAY,
    });
    expect(!early.ok && early.fieldErrors.landedOn).toMatch(/不能早于签约日期/);
    const future = checkEvidence({
      card: card(),
      to: 'LANDED',
      values: { landedOn: dayjs('2026-06-01'), companyCreditCode: VALID_CODE, landArea: 50 },
      role: 'STAFF',
      today: TODAY,
    });
    expect(!future.ok && future.fieldErrors.landedOn).toMatch(/不能晚于今天/);
  });

  it('accepts complete evidence and returns what to send', () => {
    const check = checkEvidence({
      card: card(),
      to: 'LANDED',
      values: {
        landedOn: dayjs('2026-05-02'),
        companyCreditCode: VALID_CODE,
        leasedFloorArea: 3000,
      },
      role: 'STAFF',
      today: TODAY,
    });
    expect(check).toEqual({
      ok: true,
      evidence: {
        landedOn: '2026-05-02',
        companyCreditCode: VALID_CODE,
        landArea: null,
        leasedFloorArea: 3000,
      },
    });
  });

  it('counts a leader already named while negotiating as signing evidence', () => {
    const negotiating = card({
      stage: 'NEGOTIATING',
      signedOn: null,
      contractNo: null,
      contractedInvestment: null,
    });
    const values = {
      ...initialEvidenceValues(negotiating, 'SIGNED'),
      signedOn: dayjs(TODAY),
      contractNo: 'HT-1',
      contractedInvestment: 8000,
    };
    expect(
      checkEvidence({ card: negotiating, to: 'SIGNED', values, role: 'STAFF', today: TODAY }).ok,
    ).toBe(true);
  });

  it('asks a correction for its reason, and refuses it to staff', () => {
    expect(
      reasonError({
        card: card(),
        to: 'NEGOTIATING',
        reason: '  ',
        role: 'SUPERVISOR',
        today: TODAY,
      }),
    ).toBe('回退原因不能为空');
    expect(
      reasonError({
        card: card(),
        to: 'NEGOTIATING',
        reason: '合同作废',
        role: 'SUPERVISOR',
        today: TODAY,
      }),
    ).toBeNull();
    expect(
      reasonError({
        card: card(),
        to: 'NEGOTIATING',
        reason: '合同作废',
        role: 'STAFF',
        today: TODAY,
      }),
    ).toMatch(/只有督查或管理员/);
  });
});
