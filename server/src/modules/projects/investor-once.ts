import { type EntityManager, IsNull } from 'typeorm';
import { Investor } from './entities/investor.entity';

/** True for the unique-index violation of either engine (MySQL ER_DUP_ENTRY, SQLite UNIQUE). */
export function isDuplicateKey(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string; errno?: number } })?.driverError;
  const code = driver?.code ?? (error as { code?: string })?.code;
  return (
    code === 'ER_DUP_ENTRY' ||
    driver?.errno === 1062 ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * The investor with this credit code (or, without one, this name), created when there is none.
 * Two requests creating the same new investor at once both get the one row: unique indexes on
 * the credit code and on the name of investors without one let a single INSERT in, and the
 * loser reads the winner's row: on MySQL and MariaDB with a locking read (FOR UPDATE, which
 * both accept), as a plain read of its snapshot would not see the row committed since; a
 * duplicate-key error leaves the transaction usable.
 */
export async function findOrInsertInvestor(
  manager: EntityManager,
  name: string,
  creditCode: string | null,
  tags: string[],
): Promise<{ investor: Investor; created: boolean }> {
  const repository = manager.getRepository(Investor);
  const where = creditCode ? { creditCode } : { name, creditCode: IsNull() };
  const existing = await repository.findOneBy(where);
  if (existing) return { investor: existing, created: false };
  try {
    return { investor: await repository.save({ name, creditCode, tags }), created: true };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const winner = await repository.findOne({
      where,
      ...(manager.connection.options.type === 'mysql'
        ? { lock: { mode: 'pessimistic_write' as const } }
        : {}),
    });
    if (!winner) throw error;
    return { investor: winner, created: false };
  }
}
