import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { dropDerivedDataTriggers } from '../derived-data-triggers';
import { indexOn } from './column-specs';

/**
 * Province scale (100,000+ projects):
 * - `project_tally`: projects, Σ合同引资额 and Σ计划投资 per unit × chain × stage × status, kept by
 *   triggers in the same transaction as every write of a project row — whatever code path writes
 *   it — so the board's column totals read a few hundred rows instead of the whole scope. The
 *   triggers and the first fill come from ensureDerivedDataTriggers when the database opens (SQLite
 *   drops a table's triggers whenever a migration rebuilds the table).
 * - `project.redSince` and the project's standing in the 督查 list (`flagRank`, `flagSince`, valid
 *   until `flagUntil`), written with its flag schedules and renewed on the day a flag changes
 *   colour, so the list pages by index instead of ranking every flag row on every read.
 * - `flag_calendar`: per unit × kind × month, the flag rows turning yellow, red, and both, moved
 *   with every rewrite of the flag rows: a day's 督查 counts are the months before it plus that month's rows.
 * - `project_flag.orgUnitId`, so a scope's flag rows are read from covering indexes.
 * - `project.searchText` (name, code and investor), kept by triggers, behind one narrow index.
 * Every one of them is rebuilt from the source rows by `npm run recompute`.
 */
export class ProvinceScale1768100000000 implements MigrationInterface {
  name = 'ProvinceScale1768100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'project_tally',
        columns: [
          { name: 'orgUnitId', type: 'integer', isPrimary: true },
          { name: 'chainId', type: 'integer', isPrimary: true },
          { name: 'stage', type: 'varchar', length: '16', isPrimary: true },
          { name: 'status', type: 'varchar', length: '16', isPrimary: true },
          { name: 'projects', type: 'integer', default: 0 },
          { name: 'contracted', type: 'decimal', precision: 18, scale: 2, default: 0 },
          { name: 'planned', type: 'decimal', precision: 18, scale: 2, default: 0 },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'flag_calendar',
        columns: [
          { name: 'orgUnitId', type: 'integer', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '20', isPrimary: true },
          { name: 'month', type: 'varchar', length: '7', isPrimary: true },
          { name: 'yellowStarts', type: 'integer', default: 0 },
          { name: 'redStarts', type: 'integer', default: 0 },
          { name: 'bothStarts', type: 'integer', default: 0 },
        ],
      }),
    );
    await queryRunner.addColumns('project', [
      new TableColumn({ name: 'redSince', type: 'date', isNullable: true }),
      new TableColumn({ name: 'flagRank', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'flagSince', type: 'date', isNullable: true }),
      new TableColumn({ name: 'flagUntil', type: 'date', isNullable: true }),
      new TableColumn({ name: 'searchText', type: 'varchar', length: '250', default: "''" }),
    ]);
    await queryRunner.addColumn(
      'project_flag',
      new TableColumn({ name: 'orgUnitId', type: 'integer', isNullable: true }),
    );
    await queryRunner.query(
      `UPDATE project_flag SET orgUnitId = (SELECT p.orgUnitId FROM project p WHERE p.id = project_flag.projectId)`,
    );
    // Every flagged project's standing is due at once: the first read of the list computes it.
    await queryRunner.query(
      `UPDATE project SET
         redSince = (SELECT MIN(f.redOn) FROM project_flag f WHERE f.projectId = project.id),
         flagUntil = '1949-10-01'
       WHERE id IN (SELECT projectId FROM project_flag)`,
    );
    // The board's own index carries the unit, so a scoped column skips other units' cards in it.
    await queryRunner.dropIndex('project', 'idx_project_board');
    await queryRunner.createIndices('project', [
      indexOn('idx_project_board', 'status', 'stage', 'position', 'id', 'orgUnitId'),
      indexOn('idx_project_red_since', 'status', 'redSince', 'id', 'orgUnitId'),
      indexOn('idx_project_flag_standing', 'status', 'flagRank', 'flagSince', 'id', 'orgUnitId'),
      indexOn('idx_project_flag_until', 'flagUntil'),
      indexOn('idx_project_search', 'status', 'searchText', 'orgUnitId'),
      // Column totals under a leader or owner filter, read from the index alone.
      indexOn('idx_project_leader_totals', 'leaderId', 'status', 'stage', 'contractedInvestment'),
      indexOn('idx_project_owner_totals', 'ownerId', 'status', 'stage', 'contractedInvestment'),
      indexOn('idx_project_chain_board', 'chainId', 'status', 'stage', 'position', 'id'),
    ]);
    await queryRunner.dropIndex('project_flag', 'idx_flag_red');
    await queryRunner.dropIndex('project_flag', 'idx_flag_yellow');
    await queryRunner.createIndices('project_flag', [
      indexOn('idx_flag_scope', 'orgUnitId', 'kind', 'yellowOn', 'redOn'),
      indexOn('idx_flag_kind_red', 'kind', 'redOn', 'projectId', 'yellowOn', 'orgUnitId'),
      indexOn('idx_flag_kind_yellow', 'kind', 'yellowOn', 'projectId', 'redOn', 'orgUnitId'),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['idx_flag_scope', 'idx_flag_kind_red', 'idx_flag_kind_yellow'])
      await queryRunner.dropIndex('project_flag', name);
    await queryRunner.createIndices('project_flag', [
      indexOn('idx_flag_red', 'kind', 'redOn'),
      indexOn('idx_flag_yellow', 'kind', 'yellowOn'),
    ]);
    for (const name of [
      'idx_project_red_since',
      'idx_project_flag_standing',
      'idx_project_flag_until',
      'idx_project_search',
      'idx_project_leader_totals',
      'idx_project_owner_totals',
      'idx_project_chain_board',
    ])
      await queryRunner.dropIndex('project', name);
    await queryRunner.dropIndex('project', 'idx_project_board');
    await queryRunner.createIndex(
      'project',
      indexOn('idx_project_board', 'status', 'stage', 'position', 'id'),
    );
    await queryRunner.dropColumn('project_flag', 'orgUnitId');
    await queryRunner.dropColumns('project', [
      'redSince',
      'flagRank',
      'flagSince',
      'flagUntil',
      'searchText',
    ]);
    await dropDerivedDataTriggers(queryRunner);
    await queryRunner.dropTable('flag_calendar');
    await queryRunner.dropTable('project_tally');
  }
}
