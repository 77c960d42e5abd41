import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { loadConfig, REPO_ROOT } from './config/config';
import { openDatabase } from './database/open-database';

/** Writes server/schema.gql, the SDL the client's types and the public contract check read. */
async function emitSchema(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'luodi-schema-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    CLIENT_DIR: join(dataDir, 'none'),
  });
  const dataSource = await openDatabase(config.database);
  const schemaFile = join(REPO_ROOT, 'server', 'schema.gql');
  const app = await NestFactory.create(AppModule.forRoot({ config, dataSource, schemaFile }), {
    logger: ['error'],
  });
  await app.init();
  await app.close();
  await dataSource.destroy();
  console.log(`wrote ${schemaFile}`);
}

emitSchema().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
