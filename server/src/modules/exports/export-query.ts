import { FLAG_KINDS, type FlagKind, type FlagLevel } from '@luodi/domain';
import { badInput, FieldErrorCollector } from '../../common/errors';
import { idParam } from '../../common/input-scalars';
import type { ProjectFilter } from '../projects/dto/project.inputs';

export type ExportQuery = Record<string, unknown>;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * The ProjectFilter (and flag level) of an export link's query string, checked like the
 * GraphQL arguments: an unknown flag or level is refused rather than silently ignored.
 */
export function filterOf(
  query: ExportQuery,
  defaults: { includeTerminated: boolean },
): ProjectFilter {
  const errors = new FieldErrorCollector();
  const flag = text(query.flag);
  if (flag && !(FLAG_KINDS as readonly string[]).includes(flag)) errors.add('flag', '预警类型无效');
  const includeTerminated = text(query.includeTerminated);
  if (includeTerminated && !['true', 'false'].includes(includeTerminated))
    errors.add('includeTerminated', '应为 true 或 false');
  const ids = {
    orgUnitId: idParam(query.orgUnitId, 'orgUnitId', errors),
    chainId: idParam(query.chainId, 'chainId', errors),
    leaderId: idParam(query.leaderId, 'leaderId', errors),
    ownerId: idParam(query.ownerId, 'ownerId', errors),
  };
  const search = text(query.search);
  if (search && search.length > 100) errors.add('search', '搜索词不能超过 100 个字');
  errors.throwIfAny();
  return {
    ...ids,
    flag: flag as FlagKind | null,
    search,
    includeTerminated: includeTerminated
      ? includeTerminated === 'true'
      : defaults.includeTerminated,
  };
}

export function levelOf(query: ExportQuery): FlagLevel | null {
  const level = text(query.level);
  if (level && level !== 'RED' && level !== 'YELLOW')
    throw badInput({ level: '预警级别应为 RED 或 YELLOW' });
  return level as FlagLevel | null;
}
