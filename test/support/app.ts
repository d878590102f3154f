import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import { ManualClock } from '../../server/common/clock.js';
import { loadConfig, type Config } from '../../server/common/config.js';
import { openDatabase } from '../../server/db/orm.js';
import { createHttpApp, type HttpApp } from '../../server/http/app.js';
import { createServices, type Services } from '../../server/services.js';
import { createTestDatabase } from './database.js';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string }; path?: string[] }[];
  headers: Headers;
}

export interface TestApp {
  url: string;
  orm: MikroORM;
  clock: ManualClock;
  config: Config;
  services: Services;
  http: HttpApp;
  /** POSTs one GraphQL operation, with `token` as the bearer when given. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** A fresh EntityManager for arranging and asserting. */
  em(): ReturnType<MikroORM['em']['fork']>;
  stop(): Promise<void>;
}

/**
 * The real server (Express, Apollo, MikroORM) on a clone of the migrated template database,
 * listening on a free port; tests talk to it over HTTP. Time is a ManualClock the test sets.
 */
export async function startTestApp(options: { env?: Record<string, string>; now?: string; log?: Logger; port?: number } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    PORTAL_URL: 'http://portal.test/portal',
    REPS_EMAIL: 'reps@cisco.example',
    // The machine keys' quota counts per minute of the app's clock, which tests hold still: a file's
    // hundreds of key requests would all fall in one window. test/api-rate-limit.test.ts sets its own.
    API_RATE_LIMIT_PER_MINUTE: '1000000',
    ...options.env,
    DATABASE_URL: database.url,
  });
  const orm = await openDatabase(database.url, { pool: { min: 0, max: 8 } });
  const clock = new ManualClock(new Date(options.now ?? '2026-11-25T09:00:00Z'));
  const services = createServices(config);
  const log = options.log ?? pino({ level: process.env.PH_TEST_LOG ?? 'silent' });
  const http = await createHttpApp({ orm, config, clock, services, log, staticRoot: 'admin/dist' });
  await new Promise<void>((resolve) => http.server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;

  return {
    url,
    orm,
    clock,
    config,
    services,
    http,
    async gql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any[] };
      return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
    },
    em: () => orm.em.fork(),
    async stop() {
      await http.apollo.stop();
      await orm.close();
      await database.drop();
    },
  };
}
