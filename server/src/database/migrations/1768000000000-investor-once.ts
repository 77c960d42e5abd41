import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One investor row per name among investors without a credit code, as the unique index on
 * creditCode already gives one per code: two people creating projects for the same new
 * investor at once end up with one row. Earlier duplicates are merged into the oldest row.
 * SQLite has partial indexes; MySQL and MariaDB index a generated column that holds the name
 * only while the credit code is NULL (NULLs never collide in a unique index).
 */
export class InvestorOnce1768000000000 implements MigrationInterface {
  name = 'InvestorOnce1768000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const duplicates: { keep: number; name: string }[] = await queryRunner.query(
      `SELECT MIN(id) AS keep, name FROM investor WHERE creditCode IS NULL
        GROUP BY name HAVING COUNT(*) > 1`,
    );
    for (const { keep, name } of duplicates) {
      await queryRunner.query(
        `UPDATE project SET investorId = ? WHERE investorId IN
           (SELECT id FROM (SELECT id FROM investor WHERE creditCode IS NULL AND name = ? AND id <> ?) AS merged)`,
        [keep, name, keep],
      );
      await queryRunner.query(
        `DELETE FROM investor WHERE id IN
           (SELECT id FROM (SELECT id FROM investor WHERE creditCode IS NULL AND name = ? AND id <> ?) AS merged)`,
        [name, keep],
      );
    }
    if (queryRunner.connection.options.type === 'mysql') {
      await queryRunner.query(
        `ALTER TABLE investor ADD COLUMN nameWithoutCode varchar(100)
           GENERATED ALWAYS AS (CASE WHEN creditCode IS NULL THEN name END) VIRTUAL`,
      );
      await queryRunner.query(
        'CREATE UNIQUE INDEX uq_investor_name_without_code ON investor (nameWithoutCode)',
      );
    } else {
      await queryRunner.query(
        `CREATE UNIQUE INDEX uq_investor_name_without_code ON investor (name)
           WHERE creditCode IS NULL`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'mysql') {
      await queryRunner.query('DROP INDEX uq_investor_name_without_code ON investor');
      await queryRunner.query('ALTER TABLE investor DROP COLUMN nameWithoutCode');
    } else {
      await queryRunner.query('DROP INDEX uq_investor_name_without_code');
    }
  }
}
