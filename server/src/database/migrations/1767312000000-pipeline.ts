import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import {
  foreignKeyTo,
  idColumn,
  instantColumnSpec,
  moneyColumnSpec,
  indexOn,
  varcharSpec,
} from './column-specs';

const fk = foreignKeyTo;
const index = indexOn;
const date = (name: string, isNullable = true) => ({ name, type: 'date', isNullable });
const text = varcharSpec;

export class Pipeline1767312000000 implements MigrationInterface {
  name = 'Pipeline1767312000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'industry_chain',
        columns: [
          idColumn(),
          { ...text('name', 50), isUnique: true },
          { name: 'chainLeaderId', type: 'integer', isNullable: true },
        ],
        foreignKeys: [fk('chainLeaderId', 'user')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'investor',
        columns: [
          idColumn(),
          text('name', 100),
          text('creditCode', 18, true),
          { name: 'tags', type: 'text' },
        ],
        indices: [
          index('idx_investor_name', 'name'),
          new TableIndex({
            name: 'idx_investor_credit_code',
            columnNames: ['creditCode'],
            isUnique: true,
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'project',
        columns: [
          idColumn(),
          { ...text('code', 20), isUnique: true },
          text('name', 100),
          { name: 'version', type: 'integer', default: 1 },
          text('stage', 16),
          { ...text('status', 16), default: "'ACTIVE'" },
          { name: 'investorId', type: 'integer' },
          { name: 'orgUnitId', type: 'integer' },
          { name: 'chainId', type: 'integer' },
          text('chainRole', 16, true),
          text('sourceMethod', 16),
          { name: 'ownerId', type: 'integer' },
          { name: 'leaderId', type: 'integer', isNullable: true },
          moneyColumnSpec('plannedInvestment', true),
          moneyColumnSpec('contractedInvestment', true),
          moneyColumnSpec('arrivedInvestment'),
          moneyColumnSpec('arrivedVerified'),
          { name: 'landArea', type: 'decimal', precision: 12, scale: 2, isNullable: true },
          { name: 'leasedFloorArea', type: 'decimal', precision: 12, scale: 2, isNullable: true },
          text('contractNo', 64, true),
          text('companyCreditCode', 18, true),
          text('permitNo', 64, true),
          date('signedOn'),
          date('landedOn'),
          date('startedOn'),
          date('operatingOn'),
          date('plannedStartOn'),
          date('plannedOperatingOn'),
          date('stageEnteredOn', false),
          date('lastProgressOn', false),
          { name: 'position', type: 'double' },
          date('terminatedOn'),
          text('terminationReason', 500, true),
          instantColumnSpec('createdAt'),
          instantColumnSpec('updatedAt'),
        ],
        foreignKeys: [
          fk('investorId', 'investor'),
          fk('orgUnitId', 'org_unit'),
          fk('chainId', 'industry_chain'),
          fk('ownerId', 'user'),
          fk('leaderId', 'user'),
        ],
        indices: [
          index('idx_project_board', 'status', 'stage', 'position', 'id'),
          index('idx_project_investor', 'investorId'),
          index('idx_project_org_unit', 'orgUnitId'),
          index('idx_project_chain', 'chainId'),
          index('idx_project_owner', 'ownerId'),
          index('idx_project_leader', 'leaderId'),
          index('idx_project_signed_on', 'signedOn'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'project_member',
        columns: [
          { name: 'projectId', type: 'integer', isPrimary: true },
          { name: 'userId', type: 'integer', isPrimary: true },
          { name: 'sortOrder', type: 'integer', default: 0 },
        ],
        foreignKeys: [fk('projectId', 'project'), fk('userId', 'user')],
        indices: [index('idx_member_user', 'userId')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'stage_transition',
        columns: [
          idColumn(),
          { name: 'projectId', type: 'integer' },
          text('fromStage', 16, true),
          text('toStage', 16),
          instantColumnSpec('at'),
          { name: 'byId', type: 'integer' },
          text('note', 2000, true),
        ],
        foreignKeys: [fk('projectId', 'project'), fk('byId', 'user')],
        indices: [index('idx_transition_project', 'projectId', 'id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'capital_arrival',
        columns: [
          idColumn(),
          { name: 'projectId', type: 'integer' },
          moneyColumnSpec('amount'),
          date('arrivedOn', false),
          text('voucherNo', 64),
          { name: 'verified', type: 'boolean', default: false },
          { name: 'verifiedById', type: 'integer', isNullable: true },
          instantColumnSpec('verifiedAt', true),
          { name: 'recordedById', type: 'integer' },
          instantColumnSpec('recordedAt'),
        ],
        foreignKeys: [
          fk('projectId', 'project'),
          fk('verifiedById', 'user'),
          fk('recordedById', 'user'),
        ],
        indices: [index('idx_arrival_project', 'projectId', 'arrivedOn')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'activity',
        columns: [
          idColumn(),
          { name: 'projectId', type: 'integer' },
          text('kind', 20),
          text('summary', 2000),
          date('happenedOn', false),
          { name: 'byId', type: 'integer' },
          instantColumnSpec('createdAt'),
        ],
        foreignKeys: [fk('projectId', 'project'), fk('byId', 'user')],
        indices: [index('idx_activity_project', 'projectId', 'happenedOn')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'project_flag',
        columns: [
          { name: 'projectId', type: 'integer', isPrimary: true },
          { ...text('kind', 20), isPrimary: true },
          date('yellowOn'),
          date('redOn'),
        ],
        foreignKeys: [fk('projectId', 'project')],
        indices: [
          index('idx_flag_red', 'kind', 'redOn'),
          index('idx_flag_yellow', 'kind', 'yellowOn'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'setting',
        columns: [
          { ...text('key', 50), isPrimary: true },
          { name: 'value', type: 'text' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'setting',
      'project_flag',
      'activity',
      'capital_arrival',
      'stage_transition',
      'project_member',
      'project',
      'investor',
      'industry_chain',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
