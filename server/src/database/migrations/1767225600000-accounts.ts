import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { idColumn, instantColumnSpec } from './column-specs';

export class Accounts1767225600000 implements MigrationInterface {
  name = 'Accounts1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'org_unit',
        columns: [
          idColumn(),
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'parentId', type: 'integer', isNullable: true },
          { name: 'path', type: 'varchar', length: '255' },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['parentId'],
            referencedTableName: 'org_unit',
            referencedColumnNames: ['id'],
          }),
        ],
        indices: [new TableIndex({ name: 'idx_org_unit_path', columnNames: ['path'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user',
        columns: [
          idColumn(),
          { name: 'username', type: 'varchar', length: '32', isUnique: true },
          { name: 'name', type: 'varchar', length: '50' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'orgUnitId', type: 'integer' },
          { name: 'passwordHash', type: 'varchar', length: '100' },
          { name: 'active', type: 'boolean', default: true },
          instantColumnSpec('createdAt'),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['orgUnitId'],
            referencedTableName: 'org_unit',
            referencedColumnNames: ['id'],
          }),
        ],
        indices: [new TableIndex({ name: 'idx_user_org_unit', columnNames: ['orgUnitId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          idColumn(),
          instantColumnSpec('at'),
          { name: 'actorId', type: 'integer' },
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'entity', type: 'varchar', length: '40' },
          { name: 'entityId', type: 'integer' },
          { name: 'projectId', type: 'integer', isNullable: true },
          { name: 'changes', type: 'text' },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['actorId'],
            referencedTableName: 'user',
            referencedColumnNames: ['id'],
          }),
        ],
        indices: [
          new TableIndex({ name: 'idx_audit_entity', columnNames: ['entity', 'entityId', 'id'] }),
          new TableIndex({ name: 'idx_audit_project', columnNames: ['projectId'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_event');
    await queryRunner.dropTable('user');
    await queryRunner.dropTable('org_unit');
  }
}
