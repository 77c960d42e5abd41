import type { DataSource } from 'typeorm';
import { OPEN_BLOCKERS } from '../modules/blockers/open-blockers.fact-source';
import { FlagsService } from '../modules/projects/flags.service';
import { SettingsService } from '../modules/settings/settings.service';
import { AWAITED_NOTICES } from '../modules/supervisions/supervisions.service';

/** The flags service as the running app wires it (with every related-fact source), outside Nest. */
export function standaloneFlagsService(dataSource: DataSource): FlagsService {
  const flags = new FlagsService(dataSource, new SettingsService(dataSource));
  flags.registerFactSource(OPEN_BLOCKERS);
  flags.registerFactSource(AWAITED_NOTICES);
  return flags;
}
