import { COMMON_PASSWORDS } from './common-passwords';
import { passwordProblem, passwordProblemCode } from './passwords';

describe('passwordProblem', () => {
  it.each([
    ['', 'EMPTY'],
    ['          ', 'EMPTY'],
    ['\u0000'.repeat(12), 'EMPTY'],
    ['\u200b\u200c\u200d\ufeff'.repeat(3), 'EMPTY'],
    ['gooD-horse\u0000battery', 'CONTROL'],
    ['gooD-horse\u200bbattery', 'CONTROL'],
    ['12345678', 'TOO_SHORT'],
    ['luodi2026', 'TOO_SHORT'],
    ['Xy7#'.repeat(40), 'TOO_LONG'],
    ['zhang.staff-2026!', 'USERNAME'],
    ['woaini1314', 'COMMON'],
    ['1qaz2wsx3edc', 'COMMON'],
    ['Password123', 'COMMON'],
    ['abc123456!!', 'COMMON'],
    ['aaaaaaaaaaaa', 'REPEATED'],
    ['ababababab', 'REPEATED'],
    ['abcabcabcabc', 'REPEATED'],
    ['abcdefghijk', 'SEQUENCE'],
    ['9876543210', 'COMMON'],
  ])('refuses %j (%s)', (password, code) => {
    expect(passwordProblemCode(password, 'zhang.staff')).toBe(code);
    expect(passwordProblem(password, 'zhang.staff')).toEqual(expect.any(String));
  });

  it.each(['泸溪高新区招商2026', 'correct horse battery', 'Xj9#mQ2v!Lp', '锰锌钒新材料项目推进中'])(
    'accepts %j',
    (password) => {
      expect(passwordProblem(password, 'zhang.staff')).toBeNull();
    },
  );

  it('counts characters, not bytes', () => {
    expect(passwordProblemCode('招商引资落地见效快')).toBe('TOO_SHORT');
    expect(passwordProblemCode('招商引资落地见效快速')).toBeNull();
  });

  it('bundles a few hundred common passwords including Chinese favourites', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThan(300);
    for (const word of ['woaini1314', '1qaz2wsx', 'abc123456', '5201314'])
      expect(COMMON_PASSWORDS).toContain(word);
  });

  it('says why in Chinese', () => {
    expect(passwordProblem('12345678')).toBe('密码至少 10 位');
  });
});
