import { auditLogExportPath } from './audit-log-operations';
import { changeLines } from './audit-changes';

describe('changeLines', () => {
  it('lists each field before → after, with — for nothing', () => {
    expect(
      changeLines(
        JSON.stringify({
          name: { before: '李芳', after: '李强' },
          leaderId: { before: null, after: 4 },
        }),
      ),
    ).toEqual([
      { field: 'name', before: '李芳', after: '李强' },
      { field: 'leaderId', before: '—', after: '4' },
    ]);
  });

  it('shows nested values and text that is not JSON', () => {
    expect(
      changeLines(JSON.stringify({ query: { before: null, after: { entity: 'User' } } })),
    ).toEqual([{ field: 'query', before: '—', after: '{"entity":"User"}' }]);
    expect(changeLines('not json')).toEqual([{ field: '', before: '', after: 'not json' }]);
    expect(changeLines('{}')).toEqual([]);
  });
});

describe('auditLogExportPath', () => {
  it('carries the filter, never a token', () => {
    const path = auditLogExportPath({ entity: 'Setting', from: '2026-01-01', actorId: '' });
    expect(path).toBe('/export/audit-log.xlsx?entity=Setting&from=2026-01-01');
    expect(path).not.toMatch(/token/i);
  });
});
