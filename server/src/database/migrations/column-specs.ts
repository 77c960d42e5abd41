import { type TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

export const idColumn = (): TableColumnOptions => ({
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
});

export const instantColumnSpec = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});

export const moneyColumnSpec = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'decimal',
  precision: 14,
  scale: 2,
  isNullable: nullable,
  ...(nullable ? {} : { default: 0 }),
});

export const foreignKeyTo = (column: string, table: string): TableForeignKey =>
  new TableForeignKey({
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
  });

export const indexOn = (name: string, ...columnNames: string[]): TableIndex =>
  new TableIndex({ name, columnNames });

export const varcharSpec = (
  name: string,
  length: number,
  isNullable = false,
): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
