import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { foreignKeyTo, idColumn, instantColumnSpec, indexOn, varcharSpec } from './column-specs';

const fk = foreignKeyTo;
const index = indexOn;
const date = (name: string, isNullable = false) => ({ name, type: 'date', isNullable });
const text = varcharSpec;
const integer = (name: string, isNullable = false) => ({ name, type: 'integer', isNullable });

/** 责任部门 and 交办问题, with indexes for the 调度 filters (status, due date, department, leader). */
export class Blockers1767484800000 implements MigrationInterface {
  name = 'Blockers1767484800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'department',
        columns: [
          idColumn(),
          { ...text('name', 50), isUnique: true },
          text('contactPerson', 50, true),
          text('phone', 30, true),
          { name: 'active', type: 'boolean', default: true },
          { name: 'version', type: 'integer', default: 1 },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'blocker',
        columns: [
          idColumn(),
          integer('projectId'),
          text('category', 16),
          text('description', 500),
          integer('departmentId'),
          integer('raisedById'),
          date('raisedOn'),
          date('dueOn'),
          text('status', 16),
          text('resolutionNote', 500, true),
          integer('resolvedById', true),
          instantColumnSpec('resolvedAt', true),
          date('resolvedOn', true),
          text('escalationNote', 500, true),
          integer('escalatedToId', true),
          instantColumnSpec('escalatedAt', true),
          text('reopenReason', 500, true),
          { name: 'version', type: 'integer', default: 1 },
          instantColumnSpec('createdAt'),
          instantColumnSpec('updatedAt'),
        ],
        foreignKeys: [
          fk('projectId', 'project'),
          fk('departmentId', 'department'),
          fk('raisedById', 'user'),
          fk('resolvedById', 'user'),
          fk('escalatedToId', 'user'),
        ],
        indices: [
          index('idx_blocker_project', 'projectId', 'status'),
          index('idx_blocker_status_due', 'status', 'dueOn', 'id'),
          index('idx_blocker_department', 'departmentId', 'raisedOn'),
          index('idx_blocker_raised_on', 'raisedOn'),
          index('idx_blocker_escalated_to', 'escalatedToId'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('blocker');
    await queryRunner.dropTable('department');
  }
}
