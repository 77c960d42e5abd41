import 'reflect-metadata';
import { startServer } from './server';

startServer().catch((error: unknown) => {
  console.error(`luodi: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
