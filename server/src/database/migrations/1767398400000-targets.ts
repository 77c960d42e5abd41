import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { idColumn, instantColumnSpec, moneyColumnSpec } from './column-specs';

/** Everything the rates read of a project, led by the signing date that picks the cohort. */
const COHORT_COLUMNS = [
  'signedOn',
  'orgUnitId',
  'chainId',
  'leaderId',
  'sourceMethod',
  'contractedInvestment',
  'arrivedInvestment',
  'arrivedVerified',
  'landedOn',
  'startedOn',
  'operatingOn',
  'plannedStartOn',
  'plannedOperatingOn',
] as const;

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
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['updatedById'],
            referencedTableName: 'user',
            referencedColumnNames: ['id'],
          }),
        ],
        indices: [
          new TableIndex({
            name: 'uq_target_scope_metric',
            columnNames: ['year', 'scopeKind', 'scopeId', 'metric'],
            isUnique: true,
          }),
        ],
      }),
    );
    // The rates read a signing cohort from this index alone (measured in test/bench/rates.bench.ts:
    // on 100,000 projects MariaDB otherwise walks idx_project_org_unit and every row behind it).
    await queryRunner.createIndex(
      'project',
      new TableIndex({ name: 'idx_project_cohort', columnNames: [...COHORT_COLUMNS] }),
    );
    // The cockpit's monthly trend counts landings and arrivals by their own dates.
    // Both cover what the trend and the targets read, so neither visits the rows.
    await queryRunner.createIndex(
      'project',
      new TableIndex({
        name: 'idx_project_landed_on',
        columnNames: ['landedOn', 'orgUnitId', 'chainId', 'contractedInvestment'],
      }),
    );
    await queryRunner.createIndex(
      'capital_arrival',
      new TableIndex({
        name: 'idx_arrival_on',
        columnNames: ['arrivedOn', 'projectId', 'amount', 'verified'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('capital_arrival', 'idx_arrival_on');
    await queryRunner.dropIndex('project', 'idx_project_landed_on');
    await queryRunner.dropIndex('project', 'idx_project_cohort');
    await queryRunner.dropTable('target');
  }
}
