import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../database/migrations';
import { Public } from '../auth/auth.decorators';

@Controller()
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get('healthz')
  async health() {
    const executed: { name: string }[] = await this.dataSource.query(
      'SELECT name FROM migrations ORDER BY id',
    );
    const applied = new Set(executed.map((row) => row.name));
    return {
      status: 'ok',
      database: this.dataSource.options.type === 'mysql' ? 'mysql' : 'sqlite',
      migrations: {
        applied: applied.size,
        pending: MIGRATIONS.filter((migration) => !applied.has(migration.name)).map(
          (migration) => migration.name,
        ),
      },
    };
  }
}
