import 'reflect-metadata';
import { loadConfig } from '../common/config.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { openDatabase } from '../db/orm.js';
import { EMBEDDED_DATABASE } from '../runtime.js';

/** `npm run migrate -- up|down|pending`: against DATABASE_URL, or the embedded database by default. */
const command = process.argv[2] ?? 'up';
const config = loadConfig();
const embedded = config.databaseUrl
  ? undefined
  : await startEmbeddedPostgres({ dataDir: `${config.dataDir}/postgres`, port: config.embeddedPostgresPort, database: EMBEDDED_DATABASE });
const orm = await openDatabase(config.databaseUrl ?? embedded!.url);
try {
  const migrator = orm.getMigrator();
  if (command === 'up') console.log('Applied:', (await migrator.up()).map((m) => m.name));
  else if (command === 'down') console.log('Reverted:', (await migrator.down()).map((m) => m.name));
  else if (command === 'pending') console.log('Pending:', (await migrator.getPendingMigrations()).map((m) => m.name));
  else throw new Error(`Unknown command ${command}: use up, down or pending`);
} finally {
  await orm.close();
  await embedded?.stop();
}
