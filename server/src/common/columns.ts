import type { ColumnOptions, ValueTransformer } from 'typeorm';

/**
 * DECIMAL comes back as a string from MySQL and a number from SQLite; the API wants numbers.
 * SQLite keeps DECIMAL as a binary float, so sums made in SQL there (0.1 + 0.1 + 0.1) are read
 * back rounded to the two decimals every amount has.
 */
const decimalTransformer: ValueTransformer = {
  to: (value: number | null | undefined) =>
    value === null || value === undefined ? value : value.toFixed(2),
  from: (value: string | number | null) =>
    value === null || value === undefined ? null : Number(Number(value).toFixed(2)),
};

export const moneyColumn = (options: ColumnOptions = {}): ColumnOptions => ({
  type: 'decimal',
  precision: 14,
  scale: 2,
  transformer: decimalTransformer,
  ...options,
});

/** Instants are stored in UTC with milliseconds so audit entries keep their order. */
const instantTransformer: ValueTransformer = {
  to: (value: Date | null | undefined) => value,
  from: (value: Date | string | null) =>
    value === null || value === undefined
      ? null
      : value instanceof Date
        ? value
        : new Date(`${value.replace(' ', 'T')}Z`),
};

export const instantColumn = (options: ColumnOptions = {}): ColumnOptions => ({
  type: 'datetime',
  precision: 3,
  transformer: instantTransformer,
  ...options,
});
