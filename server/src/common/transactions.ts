import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict } from './errors';

const DEADLOCK_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
const MAX_ATTEMPTS = 8;

/**
 * Every write goes through here so that it commits or rolls back whole, with its audit event.
 * The embedded SQLite driver shares one connection, so its transactions must take turns; MySQL
 * transactions run side by side and are retried when InnoDB picks one as a deadlock victim.
 * They read committed rows: every rule that needs the latest row locks it (readingLatest) or
 * checks it in its UPDATE, and without REPEATABLE READ's gap locks, writers to neighbouring
 * cards and flag rows do not deadlock each other.
 */
@Injectable()
export class Transactions {
  private sqliteQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type === 'better-sqlite3') {
      const turn = this.sqliteQueue.then(() => this.dataSource.transaction(work));
      this.sqliteQueue = turn.catch(() => undefined);
      return turn;
    }
    return this.withDeadlockRetry(work);
  }

  private async withDeadlockRetry<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction('READ COMMITTED', work);
      } catch (error) {
        const code =
          (error as { code?: string }).code ??
          (error as { driverError?: { code?: string } }).driverError?.code;
        if (!code || !DEADLOCK_CODES.has(code)) throw error;
        // Still contended after every retry: the caller may try again, nothing was written.
        if (attempt >= MAX_ATTEMPTS) throw conflict('同时修改的人较多，本次未保存，请重试');
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
      }
    }
  }
}
