import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { idColumn, instantColumnSpec, moneyColumnSpec } from './column-specs';

export class Targets1767398400000 implements MigrationInterface {
  name = 'Targets1767398400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'target',
        columns: [
          idColumn(),
          { name: 'year', type: 'integer' },
          { name: 'scopeKind', type: 'varchar', length: '16' },
          { name: 'scopeId', type: 'integer' },
          { name: 'metric', type: 'varchar', length: '32' },
          moneyColumnSpec('value'),
          moneyColumnSpec('minInvestment', true),
          { name: 'updatedById', type: 'integer' },
          instantColumnSpec('updatedAt'),
        ],
        foreignKeys: [new TableForeignKey({ columnNames: ['updatedById'], referencedTableName: 'user', referencedColumnNames: ['id'] })],
        indices: [new TableIndex({ name: 'uq_target_scope_metric', columnNames: ['year', 'scopeKind', 'scopeId', 'metric'], isUnique: true })],
      }),
    );
    // The cockpit's monthly trend counts landings and arrivals by their own dates.
    await queryRunner.createIndex('project', new TableIndex({ name: 'idx_project_landed_on', columnNames: ['landedOn'] }));
    await queryRunner.createIndex('capital_arrival', new TableIndex({ name: 'idx_arrival_on', columnNames: ['arrivedOn'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('capital_arrival', 'idx_arrival_on');
    await queryRunner.dropIndex('project', 'idx_project_landed_on');
    await queryRunner.dropTable('target');
  }
}
