import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id at OWASP's recommended minimum (Password Storage Cheat Sheet: m = 19 MiB, t = 2, p = 1),
 * chosen, not defaulted (docs/integrators.md, "Security rules"): about 33 ms to hash and 22 ms to verify on the
 * bench's 2-core VM, in libuv's thread pool (the event loop goes on), 19 MiB per check in flight.
 * Never lower. Raising it is safe at any time: a hash carries its own parameters (`$argon2id$v=19$m=…,t=…,p=…`),
 * so older hashes still verify.
 */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Spends the same time as a real check, so an unknown account is not told apart by timing. */
const DUMMY_HASH = hash('not-a-real-password', OPTIONS);
export async function burnPasswordCheck(password: string): Promise<void> {
  await verifyPassword(await DUMMY_HASH, password);
}

/** At least 12 characters, with letters and a digit or symbol, and not only one repeated character. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 12) return 'Use at least 12 characters';
  if (password.length > 256) return 'Use at most 256 characters';
  if (!/\p{L}/u.test(password) || !/[\p{N}\p{P}\p{S}]/u.test(password)) return 'Mix letters with digits or symbols';
  if (new Set(password).size < 5) return 'Use more different characters';
  return undefined;
}
