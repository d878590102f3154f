import { pino } from 'pino';
import { ConfigError, loadConfig } from '../server/common/config.js';
import { startRuntime } from '../server/runtime.js';
import { createTestDatabase } from './support/database.js';

/**
 * A start on the operator's own database that would serve nobody — no rep can sign in, ADMIN_PASSWORD
 * without ADMIN_EMAIL — is refused in production and warned about (in the banner) elsewhere; each
 * message names the variable to set. A missing intake key is warned about.
 */

const INTAKE_KEY = 'phk_operator-start-intake-key-00001';
const SCHEDULER_KEY = 'phk_operator-start-scheduler-key-01';
const log = pino({ level: 'silent' });
const METRICS_TOKEN = 'metrics-operator-start-0001';

let database: { url: string; drop(): Promise<void> };
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await database.drop();
});

const start = (env: Record<string, string>) =>
  startRuntime(
    loadConfig({ PORT: '0', PH_MODE: 'api', DATABASE_URL: database.url, INTAKE_API_KEY: INTAKE_KEY, SCHEDULER_API_KEY: SCHEDULER_KEY, METRICS_TOKEN, ...env }),
    {
      log,
    },
  );

describe('a production start on DATABASE_URL', () => {
  it('is refused when the database has no rep and ADMIN_EMAIL and ADMIN_PASSWORD are not set', async () => {
    const started = start({ NODE_ENV: 'production' });
    await expect(started).rejects.toThrow(ConfigError);
    await expect(started).rejects.toThrow(/no rep can sign in: the database has no rep account and ADMIN_EMAIL and ADMIN_PASSWORD are not set/);
  });

  it('is refused with ADMIN_PASSWORD but no ADMIN_EMAIL, even once a rep exists', async () => {
    await expect(start({ NODE_ENV: 'production', ADMIN_PASSWORD: 'Operator-start-password-1' })).rejects.toThrow(
      /ADMIN_PASSWORD is set but ADMIN_EMAIL is not, so no rep account is created from it: set ADMIN_EMAIL/,
    );
    const first = await start({ NODE_ENV: 'production', ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'Operator-start-password-1' });
    await first.stop();
    await expect(start({ NODE_ENV: 'production', ADMIN_PASSWORD: 'Operator-start-password-2' })).rejects.toThrow(/set ADMIN_EMAIL/);
  });

  it('is refused with ADMIN_EMAIL but no ADMIN_PASSWORD while no rep exists', async () => {
    await expect(start({ NODE_ENV: 'production', ADMIN_EMAIL: 'ops@example.com' })).rejects.toThrow(
      /ADMIN_EMAIL is set but ADMIN_PASSWORD is not: set ADMIN_PASSWORD/,
    );
  });

  it('starts once a rep exists, without the variables (they only create the first one), and a rep signs in', async () => {
    const first = await start({ NODE_ENV: 'production', ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'Operator-start-password-1' });
    try {
      expect(first.warnings).toEqual([]);
      const login = await fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: LoginInput!) { login(input: $i) { viewer { kind } errors { code } } }',
          variables: { i: { email: 'ops@example.com', password: 'Operator-start-password-1' } },
        }),
      }).then((r) => r.json());
      expect(login).toEqual({ data: { login: { viewer: { kind: 'ADMIN' }, errors: [] } } });
    } finally {
      await first.stop();
    }
    const again = await start({ NODE_ENV: 'production', REPS_EMAIL: 'reps@example.com' });
    try {
      expect(again.warnings).toEqual([]);
    } finally {
      await again.stop();
    }
  });
});

describe('a development start on DATABASE_URL', () => {
  it('starts, and warns with the same words, when it would serve nobody; a missing intake key is warned about', async () => {
    const runtime = await startRuntime(loadConfig({ PORT: '0', PH_MODE: 'api', DATABASE_URL: database.url, NODE_ENV: 'test' }), { log });
    try {
      expect((await fetch(`${runtime.url}/readyz`)).status).toBe(200);
      expect(runtime.warnings).toEqual([
        expect.stringMatching(/^no rep can sign in: .*ADMIN_EMAIL and ADMIN_PASSWORD are not set/),
        expect.stringMatching(/INTAKE_API_KEY is not set/),
        expect.stringMatching(/SCHEDULER_API_KEY is not set/),
        expect.stringMatching(/neither REPS_EMAIL nor ADMIN_EMAIL is set/),
      ]);
    } finally {
      await runtime.stop();
    }
  });

  it('says nothing for a job worker (it serves no one directly)', async () => {
    const runtime = await startRuntime(loadConfig({ PORT: '0', PH_MODE: 'worker', DATABASE_URL: database.url, NODE_ENV: 'production', METRICS_TOKEN }), {
      log,
    });
    try {
      expect(runtime.warnings).toEqual([]);
    } finally {
      await runtime.stop();
    }
  });
});
