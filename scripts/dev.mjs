// `npm run dev`: the server recompiles and restarts on change, and Vite serves the client with
// hot reload on http://localhost:5173 (proxying /graphql, /healthz and /export to the server).
import { nx, run } from './run.mjs';

process.chdir(new URL('..', import.meta.url).pathname);
nx('run-many', '-t', 'build', '--projects=domain,server');
run('npx', [
  '--no-install',
  'concurrently',
  '--kill-others-on-fail',
  '--names',
  'domain,server,api,client',
  'tsc -w --preserveWatchOutput -p libs/domain/tsconfig.lib.json',
  'tsc -w --preserveWatchOutput -p server/tsconfig.app.json',
  'node --watch-path=server/dist --watch-path=libs/domain/dist server/dist/main.js',
  'vite client',
]);
