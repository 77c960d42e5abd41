import 'reflect-metadata';
import { loadConfig } from './config/config';
import { describeDatabase, openDatabase } from './database/open-database';
import { recomputeDerived } from './modules/projects/recompute';
import { standaloneFlagsService } from './seed/standalone-flags';

/** `npm run recompute`: rebuilds the derived data from the source rows, with a progress line. */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openDatabase(config.database);
  try {
    console.log(`Recomputing derived data in ${describeDatabase(config.database)}`);
    const started = Date.now();
    const { projects } = await recomputeDerived(
      dataSource,
      standaloneFlagsService(dataSource),
      (line) => console.log(line),
    );
    console.log(`Done: ${projects} projects in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`recompute: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
