import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../database/migrations';
import { Public } from '../auth/auth.decorators';

/**
 * For load balancers and container health checks: "ok" when the database answers and every
 * migration is applied, nothing else (no engine, no versions) for anyone to read.
 */
@Controller()
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get('healthz')
  async health(): Promise<{ status: 'ok' }> {
    let applied: Set<string>;
    try {
      const executed: { name: string }[] = await this.dataSource.query(
        'SELECT name FROM migrations',
      );
      applied = new Set(executed.map((row) => row.name));
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable' });
    }
    if (MIGRATIONS.some((migration) => !applied.has(migration.name)))
      throw new ServiceUnavailableException({ status: 'unavailable' });
    return { status: 'ok' };
  }
}
