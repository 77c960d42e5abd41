import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { formatGraphQLError } from './common/format-error';
import { GraphQLErrorFilter } from './common/graphql-error.filter';
import { GRAPHQL_LIMITS, graphqlLimitsPlugin } from './common/graphql-limits';
import { hardenInputScalars, NamedLiteralsRule } from './common/input-scalars';
import type { GraphQLContext } from './common/request-context';
import { Transactions } from './common/transactions';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { BlockersModule } from './modules/blockers/blockers.module';
import { ChainsModule } from './modules/chains/chains.module';
import { ExportsModule } from './modules/exports/exports.module';
import { HealthModule } from './modules/health/health.module';
import { InvestorsModule } from './modules/investors/investors.module';
import { OrgUnitsModule } from './modules/org-units/org-units.module';
import { ProjectsModule } from './modules/projects/projects.module';
import { RatesModule } from './modules/rates/rates.module';
import { SettingsModule } from './modules/settings/settings.module';
import { SupervisionsModule } from './modules/supervisions/supervisions.module';
import { TargetsModule } from './modules/targets/targets.module';
import { UsersModule } from './modules/users/users.module';

export interface AppModuleOptions {
  config: AppConfig;
  dataSource: DataSource;
  /** Where to write the generated SDL; the running server keeps its schema in memory. */
  schemaFile?: string;
}

@Global()
@Module({})
class DatabaseModule {
  static forRoot(dataSource: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DataSource, useValue: dataSource }, Transactions],
      exports: [DataSource, Transactions],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot({ config, dataSource, schemaFile }: AppModuleOptions): DynamicModule {
    const serveClient = existsSync(config.clientDir)
      ? [
          ServeStaticModule.forRoot({
            rootPath: config.clientDir,
            exclude: ['/graphql', '/healthz', '/export/{*rest}', '/import/{*rest}'],
          }),
        ]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(dataSource),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: schemaFile ?? true,
          sortSchema: true,
          playground: false,
          // GraphiQL and introspection only outside production (NODE_ENV=production).
          graphiql: !config.production,
          introspection: !config.production,
          // Ids, numbers and dates are checked once, as the schema's scalars parse them.
          transformSchema: hardenInputScalars,
          validationRules: [NamedLiteralsRule],
          parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
          plugins: [graphqlLimitsPlugin()],
          formatError: formatGraphQLError,
          context: ({ req }: Pick<GraphQLContext, 'req'>): GraphQLContext => ({ req }),
        }),
        AuditModule,
        AuthModule,
        OrgUnitsModule,
        UsersModule,
        ProjectsModule,
        RatesModule,
        SupervisionsModule,
        SettingsModule,
        TargetsModule,
        ExportsModule,
        BlockersModule,
        ChainsModule,
        InvestorsModule,
        HealthModule,
        ...serveClient,
      ],
      providers: [{ provide: APP_FILTER, useClass: GraphQLErrorFilter }],
    };
  }
}
