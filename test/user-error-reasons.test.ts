import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { USER_ERROR_REASONS, UserErrorCode } from '../server/common/errors.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createApiKey, orderInput } from './support/factories.js';

/**
 * `reason` is a closed list (#24): the GraphQL enum UserErrorReason, `UserError.reason` beside
 * `params.reason`, the server's literals checked by the compiler against USER_ERROR_REASONS, and the
 * apps' error catalogs keyed only by reasons the list has (a typo in a catalog would never match).
 */

const schema = buildSchema(readFileSync(join(process.cwd(), 'schema/schema.graphql'), 'utf8'));

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('the reasons of user errors', () => {
  it('are the schema’s UserErrorReason enum, and MissingSetting is an enum too', () => {
    const reasons = schema.getType('UserErrorReason');
    expect(reasons).toBeInstanceOf(GraphQLEnumType);
    expect((reasons as GraphQLEnumType).getValues().map((v) => v.name)).toEqual([...USER_ERROR_REASONS].sort());
    const missing = schema.getType('MissingSetting') as GraphQLEnumType;
    expect(missing.getValues().map((v) => v.name)).toEqual(['CALLING_SETTINGS', 'ENTERPRISE_SETTINGS', 'MEETING_SETTINGS']);
    for (const type of ['SetupSession', 'Subscription'])
      expect(String((schema.getType(type) as unknown as { getFields(): Record<string, { type: unknown }> }).getFields().missingSettings.type)).toBe(
        '[MissingSetting!]!',
      );
  });

  it('name only reasons of the list in both apps’ error catalogs', () => {
    const codes = new Set<string>(Object.values(UserErrorCode));
    const known = new Set<string>(USER_ERROR_REASONS);
    const unknown: string[] = [];
    for (const file of ['admin/portal/src/i18n/en.ts', 'admin/portal/src/i18n/it.ts', 'admin/console/src/i18n/user-errors.ts']) {
      const text = readFileSync(join(process.cwd(), file), 'utf8');
      for (const match of text.matchAll(/'(?:error\.)?([A-Z_]+)\.([A-Z][A-Z_]+)(?:\.[a-zA-Z]+)?'\s*:/g))
        if (codes.has(match[1]) && !known.has(match[2])) unknown.push(`${file}: ${match[1]}.${match[2]}`);
    }
    expect(unknown).toEqual([]);
  });

  it('come back as UserError.reason, the same value as params.reason, and null where the code says it all', async () => {
    const key = await createApiKey(app.em(), ['orders:write']);
    const query = `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { errors { code reason params field } } }`;
    const missingName = await app.gql(query, { i: orderInput({ customerName: '   ' }) }, key);
    const [error] = missingName.data.placeOrder.errors;
    expect([error.code, error.reason, error.params.reason]).toEqual(['INVALID_INPUT', 'REQUIRED', 'REQUIRED']);
    const badEmail = await app.gql(query, { i: orderInput({ provisioningContactEmail: 'not-an-email' }) }, key);
    expect(badEmail.data.placeOrder.errors[0]).toEqual(expect.objectContaining({ code: 'INVALID_EMAIL', reason: null }));
  });
});
