import { getIntrospectionQuery, parse, print, visit, type ASTNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { createSchema, printSdl } from '../server/graphql/schema.js';
import { accessRulesOf } from '../server/graphql/access.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey } from './support/factories.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the HTTP surface', () => {
  it('answers liveness and readiness while the database is up', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers GraphQL over POST and GET, with a request id, never to be cached', async () => {
    const viaPost = await post(JSON.stringify({ query: '{ __typename }' }), { accept: 'application/graphql-response+json' });
    expect(viaPost.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(await viaPost.json()).toEqual({ data: { __typename: 'Query' } });
    expect(viaPost.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(viaPost.headers.get('cache-control')).toBe('no-store');
    const viaGet = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await viaGet.json()).toEqual({ data: { __typename: 'Query' } });
    expect(viaGet.headers.get('cache-control')).toBe('no-store');
    const refused = await post(JSON.stringify({ query: '{ nope }' }));
    expect(refused.status).toBe(400);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1024 * 1024) } });
    const response = await post(big);
    expect(response.status).toBe(413);
    expect(JSON.stringify(await response.json())).not.toMatch(/at .*\.js|stack/);
  });

  it('refuses batched requests', async () => {
    const response = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(response.status).toBe(400);
  });

  it('lets the standard introspection query through and refuses a query 16 levels deep', async () => {
    const introspection = await app.gql(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data.__schema.queryType.name).toBe('Query');
    // __schema › types › fields › type is 4 levels, each ofType one more, the leaf `name` one more.
    const deep = (ofTypes: number) => `{ __schema { types { fields { type { ${'ofType { '.repeat(ofTypes)}name${' }'.repeat(ofTypes)} } } } } }`;
    const depth15 = await app.gql(deep(10));
    expect(depth15.errors).toBeUndefined();
    const depth16 = await app.gql(deep(11));
    expect(depth16.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/depth limit of 15 exceeded, found 16/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);
  });

  it('refuses more than 30 aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ');
    expect((await app.gql(`{ ${aliases} }`)).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const fine = Array.from({ length: 30 }, (_, i) => `a${i}: __typename`).join(' ');
    expect((await app.gql(`{ ${fine} }`)).errors).toBeUndefined();
  });

  it('never shows internal details: an unexpected failure is INTERNAL_SERVER_ERROR with a plain message', async () => {
    const key = await createApiKey(app.em(), ['orders:write']);
    // Break the database under the server for this one request: the order table is renamed away.
    await app.em().getConnection().execute('alter table customer_order rename to customer_order_away');
    try {
      const response = await app.gql(`query($id: ID!) { order(id: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' }, key);
      expect(response.errors).toEqual([{ message: 'Internal server error', path: ['order'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    } finally {
      await app.em().getConnection().execute('alter table customer_order_away rename to customer_order');
    }
  });
});

describe('deny by default', () => {
  it('gives every query and mutation an access rule', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const name of Object.keys(type.getFields())) {
        if (!accessRulesOf(type, name)?.length) missing.push(`${type.name}.${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

/** The SDL without its descriptions, so the contract's signatures read on one line each (an argument's description breaks them over lines). */
const withoutDescriptions = (sdl: string) =>
  print(visit(parse(sdl), { enter: (node: ASTNode) => ('description' in node && node.description ? { ...node, description: undefined } : undefined) }));

describe('the checked-in schema', () => {
  it('matches the code (npm run schema:check)', async () => {
    expect(readFileSync('schema/schema.graphql', 'utf8')).toBe(await printSdl());
  });

  it('keeps every operation and type name of the external contract in docs/integrators.md', async () => {
    const sdl = withoutDescriptions(await printSdl());
    const contract = [
      'placeOrder(input: PlaceOrderInput!): PlaceOrderPayload!',
      'updateProvisioningContact(input: UpdateProvisioningContactInput!): OrderPayload!',
      'startSetup(input: StartSetupInput!): StartSetupPayload!',
      'chooseRole(input: ChooseRoleInput!): SetupSessionPayload!',
      'chooseSetupOwner(input: ChooseSetupOwnerInput!): SetupSessionPayload!',
      'createPartnerOrganization(input: CreatePartnerOrganizationInput!): SetupSessionPayload!',
      'reviewPartnerOrganization(input: ReviewInput!): SetupSessionPayload!',
      'setCustomerAdministrator(input: SetCustomerAdministratorInput!): SetupSessionPayload!',
      'confirmCustomerOrganization(input: ConfirmCustomerOrganizationInput!): SetupSessionPayload!',
      'verifyCustomerOrganization(input: ReviewInput!): SetupSessionPayload!',
      'completeOrderSetup(input: CompleteOrderSetupInput!): SetupSessionPayload!',
      'setPassword(input: SetPasswordInput!): SetupSessionPayload!',
      'saveCallingSettings(input: CallingSettingsInput!): SetupSessionPayload!',
      'saveMeetingSettings(input: MeetingSettingsInput!): SetupSessionPayload!',
      'saveEnterpriseSettings(input: EnterpriseSettingsInput!): SetupSessionPayload!',
      'provisionSubscription(input: ProvisionInput!): SetupSessionPayload!',
      'activateAccount(input: ActivateAccountInput!): LoginPayload!',
      'login(input: LoginInput!): LoginPayload!',
      'logout(input: LogoutInput!): LogoutPayload!',
      'resolveEscalation(input: ResolveEscalationInput!): EscalationPayload!',
      'checkSubdomainAvailability(subdomain: String!): SubdomainAvailability!',
      'order(id: ID!): Order',
      'setupSession: SetupSession',
      'viewer: Viewer',
    ];
    for (const line of contract) expect(sdl).toContain(line);
    expect(sdl).toMatch(/orders\(after: String, filter: OrderFilter, first: Int\): OrderConnection!/);
    expect(sdl).toMatch(/overdueOrders\(after: String, asOf: DateTime, first: Int\): OrderConnection!/);
    expect(sdl).toMatch(/escalations\(after: String, filter: EscalationFilter, first: Int\): EscalationConnection!/);
  });
});

describe('production mode', () => {
  it('turns off introspection and the landing page', async () => {
    const production = await startTestApp({ env: { NODE_ENV: 'production', METRICS_TOKEN: 'metrics-token-0123456789' } });
    try {
      const introspection = await production.gql('{ __schema { queryType { name } } }');
      expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const landing = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(landing.status).not.toBe(200);
    } finally {
      await production.stop();
    }
  });
});

describe('readiness', () => {
  it('answers 503 on /readyz when the database is gone, while /healthz stays 200', async () => {
    const doomed = await startTestApp();
    try {
      const name = new URL(doomed.config.databaseUrl!).pathname.slice(1);
      await doomed
        .em()
        .getConnection()
        .execute(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`)
        .catch(() => undefined);
      const admin = new URL(doomed.config.databaseUrl!);
      admin.pathname = '/postgres';
      const pg = (await import('pg')).default;
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`drop database "${name}" with (force)`);
      await client.end();
      expect((await fetch(`${doomed.url}/readyz`)).status).toBe(503);
      expect((await fetch(`${doomed.url}/healthz`)).status).toBe(200);
    } finally {
      await doomed.stop();
    }
  });
});
