import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { hardenHttp } from './common/http-hardening';
import { type AppConfig, loadConfig } from './config/config';
import { describeDatabase, openDatabase } from './database/open-database';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-accounts';
import { seedDemoData } from './seed/seed-demo';

export async function createApp(
  config: AppConfig,
  dataSource: DataSource,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, dataSource }),
    {
      logger: ['error', 'warn'],
      // hardenHttp parses JSON itself, to answer bad bodies with 400/413 instead of 404.
      bodyParser: false,
    },
  );
  // Login limits and the audit log use the client address; X-Forwarded-For names it only when
  // the request comes from a configured proxy (TRUSTED_PROXIES), else anyone could forge it.
  app.set('trust proxy', config.trustedProxies);
  hardenHttp(app, config);
  app.enableShutdownHooks();
  return app;
}

export async function startServer(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openDatabase(config.database);
  const seeded = config.demoData ? await seedDemoData(dataSource) : false;
  const app = await createApp(config, dataSource);
  await listen(app, config.port, config.host);

  const url = `http://localhost:${config.port}/`;
  const lines = [
    `落地 Luodi is running at ${url}`,
    `Database: ${describeDatabase(config.database)}`,
  ];
  if (seeded) lines.push('Demo data loaded into the empty database.');
  if (config.demoData) {
    lines.push(`Demo logins (password ${DEMO_PASSWORD}):`);
    for (const user of DEMO_USERS.slice(0, 5))
      lines.push(`  ${user.username.padEnd(16)} ${user.role.padEnd(10)} ${user.name}`);
  }
  console.log(lines.join('\n'));
}

async function listen(app: INestApplication, port: number, host: string | null): Promise<void> {
  try {
    await (host ? app.listen(port, host) : app.listen(port));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE')
      throw new Error(`PORT ${port} is already in use; set PORT to a free port`);
    throw error;
  }
}
