import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 10;
/** Long enough for any passphrase; bounded so hashing one costs the same for everybody. */
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblemCode =
  'EMPTY' | 'CONTROL' | 'TOO_SHORT' | 'TOO_LONG' | 'USERNAME' | 'COMMON' | 'REPEATED' | 'SEQUENCE';

export const PASSWORD_MESSAGES: Record<PasswordProblemCode, string> = {
  EMPTY: '密码不能为空',
  CONTROL: '密码不能含有控制字符或不可见字符',
  TOO_SHORT: `密码至少 ${PASSWORD_MIN_LENGTH} 位`,
  TOO_LONG: `密码不能超过 ${PASSWORD_MAX_LENGTH} 位`,
  USERNAME: '密码不能包含用户名',
  COMMON: '密码过于常见，请换一个不易猜到的密码',
  REPEATED: '密码不能由重复的字符或片段组成',
  SEQUENCE: '密码不能是连续的字母或数字',
};

const COMMON = new Set(COMMON_PASSWORDS);
// Format characters (zero-width spaces and joiners, BOM, bidi marks) and controls incl. NUL.
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;
const CONTROL = /\p{Cc}/u;

/**
 * Why a new password is refused, or null when it is acceptable. Applied to every password a
 * person chooses (create, change, reset to a chosen value), never to verifying a stored one.
 */
export function passwordProblemCode(
  password: unknown,
  username?: string | null,
): PasswordProblemCode | null {
  if (typeof password !== 'string') return 'EMPTY';
  if (password.replace(INVISIBLE, '').trim() === '') return 'EMPTY';
  if (CONTROL.test(password) || /[\p{Cf}]/u.test(password)) return 'CONTROL';
  const characters = [...password];
  if (characters.length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (characters.length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const lower = password.toLowerCase();
  const name = username?.trim().toLowerCase();
  if (name && name.length >= 3 && lower.includes(name)) return 'USERNAME';
  if (COMMON.has(lower) || COMMON.has(lower.replace(/[!@#$%^&*.?~]+$/, ''))) return 'COMMON';
  if (isRepeated(characters)) return 'REPEATED';
  if (isSequence(characters)) return 'SEQUENCE';
  return null;
}

/** The Chinese message for passwordProblemCode, shown the same way by server and client. */
export function passwordProblem(password: unknown, username?: string | null): string | null {
  const code = passwordProblemCode(password, username);
  return code ? PASSWORD_MESSAGES[code] : null;
}

/** Fewer than four distinct characters, or one short piece said again and again. */
function isRepeated(characters: string[]): boolean {
  if (new Set(characters.map((c) => c.toLowerCase())).size < 4) return true;
  const text = characters.join('').toLowerCase();
  return /^(.{1,5}?)\1+$/u.test(text);
}

/** Every character one step up (or down) from the one before: abcdefghij, 9876543210. */
function isSequence(characters: string[]): boolean {
  const codes = characters.map((c) => c.toLowerCase().codePointAt(0)!);
  const step = codes[1] - codes[0];
  if (Math.abs(step) !== 1) return false;
  return codes.every((code, index) => index === 0 || code - codes[index - 1] === step);
}
