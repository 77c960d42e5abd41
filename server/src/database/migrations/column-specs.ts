import type { TableColumnOptions } from 'typeorm';

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
