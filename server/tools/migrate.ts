import 'reflect-metadata';
import { loadConfig } from '../common/config.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { openDatabase } from '../db/orm.js';
import { withStartupLock } from '../db/startup-lock.js';
import { EMBEDDED_DATABASE } from '../runtime.js';

/** `npm run migrate -- up|down|pending`: against DATABASE_URL, or the embedded database by default. */
const command = process.argv[2] ?? 'up';
const config = loadConfig();
const embedded = config.databaseUrl
  ? undefined
  : await startEmbeddedPostgres({ dataDir: `${config.dataDir}/postgres`, port: config.embeddedPostgresPort, database: EMBEDDED_DATABASE });
const databaseUrl = config.databaseUrl ?? embedded!.url;
const orm = await openDatabase(databaseUrl);
try {
  const migrator = orm.getMigrator();
  // Under the start-up lock, so it never runs beside a starting server's migrations.
  await withStartupLock(
    databaseUrl,
    async () => {
      if (command === 'up')
        console.log(
          'Applied:',
          (await migrator.up()).map((m) => m.name),
        );
      else if (command === 'down')
        console.log(
          'Reverted:',
          (await migrator.down()).map((m) => m.name),
        );
      else if (command === 'pending')
        console.log(
          'Pending:',
          (await migrator.getPendingMigrations()).map((m) => m.name),
        );
      else throw new Error(`Unknown command ${command}: use up, down or pending`);
    },
    { onWait: () => console.log('A server is starting on this database: waiting for its migrations…') },
  );
} finally {
  await orm.close();
  await embedded?.stop();
}
