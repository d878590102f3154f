import { OrganizationKind } from '../server/organizations/organization.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, createOrganization, createRep, createUser, loginToken, orderInput, unique } from './support/factories.js';
import { changedTables, databaseFingerprint } from './support/world.js';

/**
 * The machine keys' request quota (#26, docs/integrators.md, "Rate limits"): every answer to a key says
 * its quota and what is left (the IETF httpapi draft's `RateLimit-Policy` and `RateLimit`); past it the
 * request is refused before anything runs (429, `Retry-After`, TOO_MANY_ATTEMPTS); each key counts on
 * its own; the window ends on the app's clock. The login limiter's refusals carry `RateLimit` too.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ env: { API_RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_PER_ACCOUNT: '2' } });
});
afterAll(() => app.stop());

const PING = '{ viewer { kind } }';
const PLACE = 'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { errors { code } order { id } } }';

describe('a machine key’s request quota', () => {
  it('is announced on every answer, counts down, refuses past the quota with 429 and Retry-After before anything runs, and opens again when the minute is over', async () => {
    const key = await createApiKey(app.em(), ['orders:write']);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await app.gql(PING, {}, key));
    expect(answers.map((a) => [a.status, a.headers.get('ratelimit-policy'), a.headers.get('ratelimit')])).toEqual([
      [200, '"per-key";q=3;w=60', '"per-key";r=2;t=60'],
      [200, '"per-key";q=3;w=60', '"per-key";r=1;t=60'],
      [200, '"per-key";q=3;w=60', '"per-key";r=0;t=60'],
    ]);

    app.clock.advance(23_500);
    const before = await databaseFingerprint(app);
    const refused = await app.gql(PLACE, { input: orderInput() }, key);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('37');
    expect(refused.headers.get('ratelimit')).toBe('"per-key";r=0;t=37');
    expect(refused.headers.get('ratelimit-policy')).toBe('"per-key";q=3;w=60');
    expect(refused.data).toBeUndefined();
    expect(refused.errors).toEqual([
      { message: 'Too many requests for this key: at most 3 a minute. Try again in 37 seconds.', extensions: { code: 'TOO_MANY_ATTEMPTS' } },
    ]);
    // No resolver ran: no order placed, nothing written.
    expect(changedTables(before, await databaseFingerprint(app))).toEqual([]);

    app.clock.advance(36_000);
    expect((await app.gql(PING, {}, key)).status).toBe(429);
    app.clock.advance(1_000);
    const reopened = await app.gql(PING, {}, key);
    expect([reopened.status, reopened.headers.get('ratelimit')]).toEqual([200, '"per-key";r=2;t=60']);
  });

  it('counts each key on its own: another key is not refused when one has used its quota up', async () => {
    const [first, second] = [await createApiKey(app.em(), ['orders:write']), await createApiKey(app.em(), ['orders:overdue:read'])];
    for (let i = 0; i < 3; i++) expect((await app.gql(PING, {}, first)).status).toBe(200);
    expect((await app.gql(PING, {}, first)).status).toBe(429);
    const other = await app.gql(PING, {}, second);
    expect([other.status, other.data.viewer.kind, other.headers.get('ratelimit')]).toEqual([200, 'API_KEY', '"per-key";r=2;t=60']);
  });

  it('leaves people’s logins out of the key quota: no RateLimit headers on their answers', async () => {
    const rep = await loginToken(app.em(), { rep: await createRep(app.em()) }, app.clock.now());
    for (let i = 0; i < 5; i++) {
      const answer = await app.gql(PING, {}, rep);
      expect([answer.status, answer.headers.get('ratelimit'), answer.headers.get('ratelimit-policy')]).toEqual([200, null, null]);
    }
  });

  it('the login limiter’s refusal says when to come back in Retry-After and RateLimit', async () => {
    const organization = await createOrganization(app.em(), { kind: OrganizationKind.PARTNER });
    const user = await createUser(app.em(), organization, `${unique('admin')}@rossi.example`, 'Correct-horse-9-battery');
    const login = 'mutation($input: LoginInput!) { login(input: $input) { token errors { code } } }';
    for (let i = 0; i < 2; i++) {
      const failed = await app.gql(login, { input: { email: user.email, password: `wrong-${i}` } });
      expect([failed.data.login.errors[0].code, failed.headers.get('ratelimit')]).toEqual(['INVALID_CREDENTIALS', null]);
    }
    const refused = await app.gql(login, { input: { email: user.email, password: 'wrong-again' } });
    expect(refused.data.login.errors[0].code).toBe('TOO_MANY_ATTEMPTS');
    const seconds = refused.headers.get('retry-after');
    expect(Number(seconds)).toBeGreaterThan(0);
    expect(refused.headers.get('ratelimit')).toBe(`"attempts";r=0;t=${seconds}`);
  });
});
