import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { argon2id, argon2Verify } from 'hash-wasm';
import { passwordProblem } from '@luodi/domain';

/**
 * argon2id with OWASP's minimum recommendation (19 MiB, 2 passes); every byte is hashed. The
 * WebAssembly build needs no native binary, so it runs wherever Node.js does.
 */
const ARGON2_OPTIONS = { memorySize: 19456, iterations: 2, parallelism: 1, hashLength: 32 };
const ARGON2_PARAMETERS = `m=${ARGON2_OPTIONS.memorySize},t=${ARGON2_OPTIONS.iterations},p=${ARGON2_OPTIONS.parallelism}`;

export const hashPassword = (password: string): Promise<string> =>
  argon2id({ password, salt: randomBytes(16), ...ARGON2_OPTIONS, outputType: 'encoded' });

let dummyHash: Promise<string> | null = null;
/** Compared against when the username is unknown, so both failures take the same time. */
const dummy = () => (dummyHash ??= hashPassword('luodi-no-such-user'));

const argon2Matches = (password: string, hash: string) =>
  argon2Verify({ password, hash }).catch(() => false);

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
    await argon2Matches(password, await dummy());
    return { matches: false, needsRehash: false };
  }
  if (isBcrypt(hash)) {
    // bcrypt reads only the first 72 bytes: a longer password cannot have been set with it.
    if (Buffer.byteLength(password) > 72) return { matches: false, needsRehash: false };
    return { matches: await bcrypt.compare(password, hash), needsRehash: true };
  }
  const matches = await argon2Matches(password, hash);
  // $argon2id$v=19$m=…,t=…,p=…$salt$hash: older settings are rehashed at the next login.
  return { matches, needsRehash: matches && hash.split('$')[3] !== ARGON2_PARAMETERS };
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
