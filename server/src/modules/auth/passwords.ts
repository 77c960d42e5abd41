import bcrypt from 'bcryptjs';

const COST = 10;
/** Compared against when the username is unknown, so both failures take the same time. */
const DUMMY_HASH = bcrypt.hashSync('luodi-no-such-user', COST);

export const hashPassword = (password: string) => bcrypt.hash(password, COST);

export const verifyPassword = (password: string, hash: string | null | undefined) =>
  bcrypt.compare(password, hash ?? DUMMY_HASH).then((matches) => matches && Boolean(hash));

export function passwordError(password: string): string | null {
  if (password.length < 8) return '密码至少 8 位';
  if (password.length > 72) return '密码不能超过 72 位';
  return null;
}
