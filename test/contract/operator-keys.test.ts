/**
 * Machine keys and start-up secrets as an operator meets them: keys from the operator's secret store in
 * its own format, set in the environment of `node dist/server/main.js`, with and without DATABASE_URL.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../support/server-process.js';
import { buildProduct, freshDatabase, freshDataDir, graphql, refusedStart, startProduct } from './product.js';

const INTAKE_KEY = 'ccw-intake-2026-0a1b2c3d4e5f6a7b';
const SCHEDULER_KEY = 'sched/2026+Prod=9f8e7d6c5b4a';
const ADMIN_PASSWORD = 'correct horse battery staple 2026';

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { created errors { code } order { id status } } }`;
const OVERDUE = `{ overdueOrders(first: 5) { totalCount } }`;

let orderSeq = 0;
const orderInput = () => ({
  ccwOrderNumber: `CCW-KEYS-${process.pid}-${++orderSeq}`,
  offer: 'A_WX',
  partnerAccountId: 'PA-KEYS',
  partnerName: 'Rossi Networks',
  customerName: 'Acme Italia',
  services: [{ kind: 'MEETINGS', quantity: 10 }],
  requestedStartDate: '2031-06-01',
  timeZone: 'Europe/Rome',
  provisioningContactEmail: 'provisioning@rossi.example',
  locale: 'it',
});

const codeOf = (response: { body: any }) => response.body.errors?.[0]?.extensions?.code ?? 'OK';

let main: string;
beforeAll(async () => {
  main = await buildProduct();
}, 300_000);

describe('machine keys are what the operator configures', () => {
  it('authenticates the operator’s own intake and scheduler keys, whatever their shape, with DATABASE_URL, and prints none of the secrets', async () => {
    const env = {
      DATABASE_URL: await freshDatabase(),
      NODE_ENV: 'production',
      METRICS_TOKEN: 'metrics-token-0123456789',
      INTAKE_API_KEY: INTAKE_KEY,
      SCHEDULER_API_KEY: SCHEDULER_KEY,
      ADMIN_EMAIL: 'Ops.Admin@Example.com',
      ADMIN_PASSWORD,
    };
    const product = await startProduct(main, env);
    try {
      const placed = await graphql(product.url, PLACE, { input: orderInput() }, { token: INTAKE_KEY });
      expect(placed.body.data.placeOrder).toMatchObject({ created: true, errors: [] });
      expect(codeOf(await graphql(product.url, OVERDUE, {}, { token: SCHEDULER_KEY }))).toBe('OK');
      // Each key keeps its own scope.
      expect(codeOf(await graphql(product.url, OVERDUE, {}, { token: INTAKE_KEY }))).toBe('FORBIDDEN');
      expect(codeOf(await graphql(product.url, PLACE, { input: orderInput() }, { token: SCHEDULER_KEY }))).toBe('FORBIDDEN');
      // The first rep logs in with the configured email as typed (any case) and password.
      const login = await graphql(
        product.url,
        `
          mutation ($i: LoginInput!) {
            login(input: $i) {
              token
              errors {
                code
              }
            }
          }
        `,
        { i: { email: 'ops.admin@example.com', password: ADMIN_PASSWORD } },
      );
      expect(login.body.data.login.errors).toEqual([]);

      await product.waitForOutput('Provisioning Hub is running.');
      for (const secret of [INTAKE_KEY, SCHEDULER_KEY, ADMIN_PASSWORD]) expect(product.output()).not.toContain(secret);
    } finally {
      await product.stop();
    }
  });

  it('takes a key changed between two starts: the new one authenticates and the old one is UNAUTHENTICATED', async () => {
    const base = { DATABASE_URL: await freshDatabase(), SCHEDULER_API_KEY: SCHEDULER_KEY };
    const first = await startProduct(main, { ...base, INTAKE_API_KEY: INTAKE_KEY });
    try {
      expect(codeOf(await graphql(first.url, PLACE, { input: orderInput() }, { token: INTAKE_KEY }))).toBe('OK');
    } finally {
      await first.stop();
    }
    const rotated = 'ccw-intake-2027-ffeeddccbbaa9988';
    const second = await startProduct(main, { ...base, INTAKE_API_KEY: rotated });
    try {
      expect(codeOf(await graphql(second.url, PLACE, { input: orderInput() }, { token: rotated }))).toBe('OK');
      const old = await graphql(second.url, PLACE, { input: orderInput() }, { token: INTAKE_KEY });
      expect(codeOf(old)).toBe('UNAUTHENTICATED');
      expect(old.body.data).toBeNull();
    } finally {
      await second.stop();
    }
  });

  it('in embedded mode, takes the operator’s keys without printing or storing them, and prints a generated password once', async () => {
    const dataDir = freshDataDir();
    const env = { PH_DATA_DIR: dataDir, PH_EMBEDDED_PG_PORT: String(await freePort()), INTAKE_API_KEY: INTAKE_KEY, SCHEDULER_API_KEY: SCHEDULER_KEY };
    const first = await startProduct(main, env);
    let generatedPassword: string;
    try {
      expect(codeOf(await graphql(first.url, PLACE, { input: orderInput() }, { token: INTAKE_KEY }))).toBe('OK');
      expect(codeOf(await graphql(first.url, OVERDUE, {}, { token: SCHEDULER_KEY }))).toBe('OK');
      const banner = await first.waitForOutput('Provisioning Hub is running.');
      expect(banner).toContain('Intake API key (orders:write):             from INTAKE_API_KEY');
      expect(banner).not.toContain(INTAKE_KEY);
      expect(banner).not.toContain(SCHEDULER_KEY);
      generatedPassword = /Rep login: +admin@provisioning-hub\.local \/ (Rep-\S+)/.exec(banner)![1];
      const stored = readFileSync(path.join(dataDir, 'credentials.json'), 'utf8');
      expect(stored).not.toContain(INTAKE_KEY);
      expect(JSON.parse(stored)).toEqual({ adminEmail: 'admin@provisioning-hub.local', adminPassword: generatedPassword });
    } finally {
      await first.stop();
    }
    const second = await startProduct(main, env);
    try {
      await second.waitForOutput('Provisioning Hub is running.');
      expect(second.output()).not.toContain(generatedPassword);
      expect(second.output()).toContain(`Rep login:      admin@provisioning-hub.local / kept in ${dataDir}/credentials.json`);
      const login = await graphql(
        second.url,
        `
          mutation ($i: LoginInput!) {
            login(input: $i) {
              errors {
                code
              }
            }
          }
        `,
        { i: { email: 'admin@provisioning-hub.local', password: generatedPassword } },
      );
      expect(login.body.data.login.errors).toEqual([]);
    } finally {
      await second.stop();
    }
  }, 120_000);

  it.each([
    ['INTAKE_API_KEY', 'too-short-key', 'INTAKE_API_KEY must be 16 to 200 characters long'],
    ['SCHEDULER_API_KEY', 'has spaces in it 2026 prod', 'SCHEDULER_API_KEY may contain only visible ASCII characters'],
    ['INTAKE_API_KEY', `ccw-${'x'.repeat(200)}`, 'INTAKE_API_KEY must be 16 to 200 characters long'],
  ])('refuses at start a %s that cannot be used (%s), naming the variable', async (variable, value, message) => {
    const { code, output } = await refusedStart(main, { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', [variable]: value });
    expect(code).toBe(1);
    expect(output).toContain(`Cannot start: ${message}`);
    expect(output).not.toContain(value);
  });

  it('refuses at start the same key for intake and scheduler', async () => {
    const { code, output } = await refusedStart(main, {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      INTAKE_API_KEY: INTAKE_KEY,
      SCHEDULER_API_KEY: INTAKE_KEY,
    });
    expect(code).toBe(1);
    expect(output).toContain('INTAKE_API_KEY and SCHEDULER_API_KEY must differ');
  });
});
