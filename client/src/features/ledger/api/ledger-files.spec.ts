import { fileNameOf } from '../../../shared/files';
import { exportQuery } from './ledger-files';

describe('export links', () => {
  it('carries the board filters that are set, and the level', () => {
    expect(exportQuery({})).toBe('');
    expect(
      exportQuery({ orgUnitId: '3', chainId: null, flag: 'FAKE_PROJECT', search: '铝 基' }, 'RED'),
    ).toBe('?orgUnitId=3&flag=FAKE_PROJECT&search=%E9%93%9D+%E5%9F%BA&level=RED');
  });

  it('never puts the session token in the link', () => {
    expect(exportQuery({ ownerId: '7' })).not.toMatch(/token/i);
  });
});

describe('file names', () => {
  it('prefers the UTF-8 name the server proposes', () => {
    const header = `attachment; filename="projects.xlsx"; filename*=UTF-8''${encodeURIComponent('项目台账-2026-11-26.xlsx')}`;
    expect(fileNameOf(header, 'fallback.xlsx')).toBe('项目台账-2026-11-26.xlsx');
  });

  it('falls back to the plain name, then to the given one', () => {
    expect(fileNameOf('attachment; filename="flagged.xlsx"', 'x.xlsx')).toBe('flagged.xlsx');
    expect(fileNameOf("attachment; filename*=UTF-8''%E0%A4%A", 'x.xlsx')).toBe('x.xlsx');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
