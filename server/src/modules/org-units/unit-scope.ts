import type { WhereExpressionBuilder } from 'typeorm';
import type { Scope } from './org-units.service';

/**
 * Restricts a query to a set of org units, always as `column IN (ids)`: one form for the caller's
 * scope and for a unit filter alike, so every index that starts with (or holds) the unit is used.
 */
export function whereUnitIn(
  qb: WhereExpressionBuilder,
  column: string,
  units: Scope,
  parameter = 'scopeUnitIds',
): void {
  if (units.all) return;
  if (units.orgUnitIds.length === 0) qb.andWhere('1 = 0');
  else qb.andWhere(`${column} IN (:...${parameter})`, { [parameter]: units.orgUnitIds });
}
