import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { foreignKeyTo, indexOn } from './column-specs';

/**
 * A city sets itself up: org units and chains can be retired (kept for history, gone from the
 * pickers), and a chain names its 牵头单位 (a department) and its 重点园区 (org units).
 */
export class CitySetup1767700000000 implements MigrationInterface {
  name = 'CitySetup1767700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'org_unit',
      new TableColumn({ name: 'active', type: 'boolean', default: true }),
    );
    await queryRunner.addColumns('industry_chain', [
      new TableColumn({ name: 'active', type: 'boolean', default: true }),
      new TableColumn({ name: 'leadDepartmentId', type: 'integer', isNullable: true }),
    ]);
    await queryRunner.createForeignKey(
      'industry_chain',
      foreignKeyTo('leadDepartmentId', 'department'),
    );
    await queryRunner.createTable(
      new Table({
        name: 'chain_key_park',
        columns: [
          { name: 'chainId', type: 'integer', isPrimary: true },
          { name: 'orgUnitId', type: 'integer', isPrimary: true },
        ],
        foreignKeys: [
          foreignKeyTo('chainId', 'industry_chain'),
          foreignKeyTo('orgUnitId', 'org_unit'),
        ],
        indices: [indexOn('idx_chain_key_park_unit', 'orgUnitId')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('chain_key_park');
    const chains = await queryRunner.getTable('industry_chain');
    const leadDepartment = chains?.foreignKeys.find((key) =>
      key.columnNames.includes('leadDepartmentId'),
    );
    if (leadDepartment) await queryRunner.dropForeignKey('industry_chain', leadDepartment);
    await queryRunner.dropColumn('industry_chain', 'leadDepartmentId');
    await queryRunner.dropColumn('industry_chain', 'active');
    await queryRunner.dropColumn('org_unit', 'active');
  }
}
