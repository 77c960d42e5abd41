// Regenerates server/schema.gql from the code-first resolvers, then the client's GraphQL types.
import { nx, run } from './run.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
nx('run-many', '-t', 'build', '--projects=domain,server');
run(process.execPath, ['server/dist/emit-schema.js']);
run('npx', ['--no-install', 'graphql-codegen', '--config', 'client/codegen.ts']);
