import { groupBlockers, type DispatchBlocker } from './use-dispatch-sheet';

let sequence = 0;
function blocker(overrides: {
  leader?: { id: string; name: string } | null;
  department: { id: string; name: string };
  overdueDays?: number;
}): DispatchBlocker {
  const overdueDays = overrides.overdueDays ?? 0;
  return {
    id: String(++sequence),
    category: '土地',
    description: `问题 ${sequence}`,
    status: 'OPEN',
    raisedOn: '2026-03-01',
    dueOn: '2026-03-20',
    overdue: overdueDays > 0,
    overdueDays,
    ageDays: 10,
    department: { ...overrides.department, contactPerson: null, phone: null },
    responsibleLeader:
      overrides.leader === undefined ? { id: 'L1', name: '陈志强' } : overrides.leader,
    project: { id: 'p', code: 'XM-2026-00001', name: '项目', orgUnit: { id: 'u', name: '泸溪县' } },
  } as DispatchBlocker;
}

const land = { id: 'D1', name: '自然资源局' };
const power = { id: 'D2', name: '供电公司' };
const wang = { id: 'L2', name: '王建国' };

describe('grouping the 调度 sheet', () => {
  it('puts the group with the longest overdue blocker first, keeping the server order inside', () => {
    const rows = [
      blocker({ department: land, overdueDays: 3 }),
      blocker({ department: power }),
      blocker({ department: power, leader: wang, overdueDays: 9 }),
      blocker({ department: land, leader: null }),
    ];
    const byLeader = groupBlockers(rows, 'leader');
    expect(byLeader.map((g) => [g.name, g.blockers.map((b) => b.id), g.overdueCount])).toEqual([
      ['王建国', [rows[2].id], 1],
      ['陈志强', [rows[0].id, rows[1].id], 1],
      [null, [rows[3].id], 0],
    ]);
    const byDepartment = groupBlockers(rows, 'department');
    expect(byDepartment.map((g) => [g.name, g.blockers.length, g.overdueCount])).toEqual([
      ['供电公司', 2, 1],
      ['自然资源局', 2, 1],
    ]);
  });

  it('orders groups without overdue blockers by their size', () => {
    const rows = [
      blocker({ department: land }),
      blocker({ department: power }),
      blocker({ department: power }),
    ];
    expect(groupBlockers(rows, 'department').map((g) => g.name)).toEqual([
      '供电公司',
      '自然资源局',
    ]);
    expect(groupBlockers([], 'leader')).toEqual([]);
  });
});
