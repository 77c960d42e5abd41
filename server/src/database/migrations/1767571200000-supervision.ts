import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { foreignKeyTo, idColumn, instantColumnSpec, varcharSpec } from './column-specs';

const fk = foreignKeyTo;
const text = varcharSpec;
const userRef = (name: string, isNullable = true) => ({ name, type: 'integer', isNullable });

/** 督办 notices, and the supervisor's rejection of a capital arrival that did not happen. */
export class Supervision1767571200000 implements MigrationInterface {
  name = 'Supervision1767571200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'supervision',
        columns: [
          idColumn(),
          { name: 'projectId', type: 'integer' },
          text('demand', 500),
          { name: 'dueOn', type: 'date' },
          text('status', 16),
          { name: 'version', type: 'integer', default: 1 },
          userRef('issuedById', false),
          instantColumnSpec('issuedAt'),
          text('reply', 1000, true),
          userRef('repliedById'),
          instantColumnSpec('repliedAt', true),
          text('returnReason', 500, true),
          { name: 'returnCount', type: 'integer', default: 0 },
          text('closingNote', 500, true),
          userRef('closedById'),
          instantColumnSpec('closedAt', true),
        ],
        foreignKeys: [
          fk('projectId', 'project'),
          fk('issuedById', 'user'),
          fk('repliedById', 'user'),
          fk('closedById', 'user'),
        ],
        indices: [
          new TableIndex({ name: 'idx_supervision_project', columnNames: ['projectId', 'status'] }),
          new TableIndex({ name: 'idx_supervision_status_due', columnNames: ['status', 'dueOn'] }),
        ],
      }),
    );
    await queryRunner.addColumns('capital_arrival', [
      new TableColumn({ name: 'rejected', type: 'boolean', default: false }),
      new TableColumn(text('rejectionReason', 200, true)),
      new TableColumn(userRef('rejectedById')),
      new TableColumn(instantColumnSpec('rejectedAt', true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['rejectedAt', 'rejectedById', 'rejectionReason', 'rejected']) {
      await queryRunner.dropColumn('capital_arrival', column);
    }
    await queryRunner.dropTable('supervision');
  }
}
