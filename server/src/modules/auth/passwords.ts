import argon2 from 'argon2';
import bcrypt from 'bcryptjs';
import { passwordProblem } from '@luodi/domain';

/** argon2id with OWASP's minimum recommendation (19 MiB, 2 passes); every byte is hashed. */
const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

let dummyHash: Promise<string> | null = null;
/** Compared against when the username is unknown, so both failures take the same time. */
const dummy = () => (dummyHash ??= argon2.hash('luodi-no-such-user', ARGON2_OPTIONS));

export const hashPassword = (password: string): Promise<string> =>
  argon2.hash(password, ARGON2_OPTIONS);

const isBcrypt = (hash: string) => /^\$2[aby]\$/.test(hash);

export interface PasswordCheck {
  matches: boolean;
  /** An older hash (bcrypt, or argon2 with weaker settings): store a new one now. */
  needsRehash: boolean;
}

/** Verifies argon2id hashes and the bcrypt hashes of earlier versions. */
export async function checkPassword(
  password: string,
  hash: string | null | undefined,
): Promise<PasswordCheck> {
  if (!hash) {
    await argon2.verify(await dummy(), password).catch(() => false);
    return { matches: false, needsRehash: false };
  }
  if (isBcrypt(hash)) {
    // bcrypt reads only the first 72 bytes: a longer password cannot have been set with it.
    if (Buffer.byteLength(password) > 72) return { matches: false, needsRehash: false };
    return { matches: await bcrypt.compare(password, hash), needsRehash: true };
  }
  const matches = await argon2.verify(hash, password).catch(() => false);
  return { matches, needsRehash: matches && argon2.needsRehash(hash, ARGON2_OPTIONS) };
}

export const verifyPassword = async (password: string, hash: string | null | undefined) =>
  (await checkPassword(password, hash)).matches;

/**
 * Why a newly chosen password is refused (Chinese, for the field), or null. The rule itself is
 * libs/domain's passwordProblem, so the client's forms say the same.
 */
export function passwordError(password: string, username?: string | null): string | null {
  return passwordProblem(password, username);
}
