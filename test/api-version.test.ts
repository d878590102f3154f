import { readFileSync } from 'node:fs';
import { API_VERSION } from '../server/common/api-version.js';
import { startTestApp, type TestApp } from './support/app.js';

/**
 * The API's version (#26, docs/integrators.md, "Versions and deprecation"): the `API-Version` header on every
 * /graphql answer (refusals before Apollo included) and the schema's description, which names it too.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('the API’s version', () => {
  it('is a date, sent as API-Version on every /graphql answer: a query, an authentication error, a GET, a refused content type', async () => {
    expect(API_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const answered = await app.gql('{ __typename }');
    expect([answered.status, answered.headers.get('api-version')]).toEqual([200, API_VERSION]);
    const refused = await app.gql('{ viewer { kind } }', {}, 'phk_not-a-real-token');
    expect(refused.headers.get('api-version')).toBe(API_VERSION);
    const viaGet = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect([viaGet.status, viaGet.headers.get('api-version')]).toEqual([200, API_VERSION]);
    const wrongType = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ __typename }' });
    expect([wrongType.status, wrongType.headers.get('api-version')]).toEqual([415, API_VERSION]);
    // Not on the other routes: the version is the GraphQL contract's.
    expect((await fetch(`${app.url}/healthz`)).headers.get('api-version')).toBeNull();
  });

  it('stands in the schema’s description, with the deprecation rule, as introspection and the checked-in SDL show it', async () => {
    const { data } = await app.gql('{ __schema { description } }');
    expect(data.__schema.description).toContain(`version ${API_VERSION}`);
    expect(data.__schema.description).toContain('@deprecated');
    const sdl = readFileSync('schema/schema.graphql', 'utf8');
    expect(sdl.slice(0, sdl.indexOf('schema {'))).toContain(`version ${API_VERSION}`);
  });
});
