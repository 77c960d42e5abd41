import { buildTimeline, parseChanges, type TimelineSources } from './timeline-model';

const zhang = { id: '2', name: '张明' };
const zhao = { id: '5', name: '赵敏' };

const json = (changes: Record<string, { before: unknown; after: unknown }>) =>
  JSON.stringify(changes);

function sources(): TimelineSources {
  return {
    transitions: [
      {
        id: '1',
        fromStage: null,
        toStage: 'NEGOTIATING',
        at: '2026-03-01T02:00:00.000Z',
        note: null,
        by: zhang,
      },
      {
        id: '2',
        fromStage: 'NEGOTIATING',
        toStage: 'SIGNED',
        at: '2026-04-01T03:00:00.000Z',
        note: null,
        by: zhang,
      },
      {
        id: '3',
        fromStage: 'SIGNED',
        toStage: 'NEGOTIATING',
        at: '2026-04-02T03:00:00.000Z',
        note: '合同作废',
        by: zhao,
      },
    ],
    capitalArrivals: [
      {
        id: '9',
        amount: 3000,
        arrivedOn: '2026-04-10',
        voucherNo: 'PZ-1',
        verified: true,
        verifiedAt: '2026-04-12T01:00:00.000Z',
        rejected: false,
        rejectionReason: null,
        rejectedAt: null,
        recordedAt: '2026-04-11T08:00:00.000Z',
        recordedBy: zhang,
      },
    ],
    activities: [
      { id: '4', kind: 'VISIT', summary: '走访企业', happenedOn: '2026-03-15', by: zhang },
    ],
    auditEvents: [
      {
        id: '10',
        at: '2026-03-01T02:00:00.010Z',
        action: 'CREATE',
        entity: 'Project',
        entityId: '77',
        actor: zhang,
        changes: json({
          name: { before: null, after: '锰锌项目' },
          stage: { before: null, after: 'NEGOTIATING' },
        }),
      },
      {
        id: '11',
        at: '2026-03-16T01:00:00.000Z',
        action: 'ADD_ACTIVITY',
        entity: 'Activity',
        entityId: '4',
        actor: zhang,
        changes: json({ kind: { before: null, after: 'VISIT' } }),
      },
      {
        id: '12',
        at: '2026-03-20T01:00:00.000Z',
        action: 'UPDATE',
        entity: 'Project',
        entityId: '77',
        actor: zhang,
        changes: json({ name: { before: '锰锌项目', after: '锰锌新材料项目' } }),
      },
      {
        id: '13',
        at: '2026-04-01T03:00:00.020Z',
        action: 'MOVE',
        entity: 'Project',
        entityId: '77',
        actor: zhang,
        changes: json({
          stage: { before: 'NEGOTIATING', after: 'SIGNED' },
          contractNo: { before: null, after: 'HT-1' },
        }),
      },
      {
        id: '14',
        at: '2026-04-02T03:00:00.020Z',
        action: 'CORRECT_STAGE',
        entity: 'Project',
        entityId: '77',
        actor: zhao,
        changes: json({
          stage: { before: 'SIGNED', after: 'NEGOTIATING' },
          reason: { before: null, after: '合同作废' },
        }),
      },
      {
        id: '15',
        at: '2026-04-11T08:00:00.010Z',
        action: 'RECORD_ARRIVAL',
        entity: 'CapitalArrival',
        entityId: '9',
        actor: zhang,
        changes: json({ amount: { before: null, after: 3000 } }),
      },
      {
        id: '16',
        at: '2026-04-12T01:00:00.000Z',
        action: 'VERIFY_ARRIVAL',
        entity: 'CapitalArrival',
        entityId: '9',
        actor: zhao,
        changes: json({ verified: { before: false, after: true } }),
      },
    ],
  };
}

describe('the drawer timeline', () => {
  it('merges the four histories into one list, newest first, each record once', () => {
    const entries = buildTimeline(sources());
    expect(entries.map((entry) => entry.key)).toEqual([
      'audit-16',
      'arrival-9',
      'transition-3',
      'transition-2',
      'audit-12',
      'activity-4',
      'transition-1',
    ]);
  });

  it('folds an audit event into the record it describes, listing its other changed fields', () => {
    const entries = buildTimeline(sources());
    const signing = entries.find((entry) => entry.key === 'transition-2')!;
    expect(signing.changes).toEqual([{ field: 'contractNo', before: null, after: 'HT-1' }]);
    const correction = entries.find((entry) => entry.key === 'transition-3')!;
    expect(correction.who).toEqual(zhao);
    expect(correction.changes).toEqual([{ field: 'reason', before: null, after: '合同作废' }]);
    const arrival = entries.find((entry) => entry.key === 'arrival-9')!;
    expect(arrival.changes).toEqual([]);
  });

  it('keeps edits, verifications and the like as entries of their own, with who and what', () => {
    const edit = buildTimeline(sources()).find((entry) => entry.key === 'audit-12')!;
    expect(edit).toMatchObject({
      kind: 'audit',
      action: 'UPDATE',
      who: zhang,
      changes: [{ field: 'name', before: '锰锌项目', after: '锰锌新材料项目' }],
    });
  });

  it('orders a follow-up by when it was recorded, or by its day when no audit event says', () => {
    const withoutAudit = { ...sources(), auditEvents: [] };
    const activity = buildTimeline(withoutAudit).find((entry) => entry.kind === 'activity')!;
    expect(activity.at).toBe('2026-03-15T00:00:00+08:00');
  });

  it('reads the changes JSON defensively', () => {
    expect(parseChanges('{"landArea":{"before":null,"after":50}}')).toEqual([
      { field: 'landArea', before: null, after: 50 },
    ]);
    expect(parseChanges('not json')).toEqual([]);
    expect(parseChanges('[1,2]')).toEqual([]);
    expect(parseChanges('{"x":1}')).toEqual([{ field: 'x', before: null, after: null }]);
  });
});
