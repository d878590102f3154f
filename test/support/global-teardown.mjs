import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const embedded = globalThis.__PH_EMBEDDED__;
  if (embedded) {
    await embedded.server.stop();
    rmSync(embedded.parent, { recursive: true, force: true });
    return;
  }
  const url = new URL(process.env.PH_TEST_SERVER_URL);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`drop database if exists "${process.env.PH_TEST_TEMPLATE_DB}" with (force)`);
  await admin.end();
}
