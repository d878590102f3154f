import type { Rep } from '../server/auth/rep.entity.js';
import { AuditEvent } from '../server/audit/audit-event.entity.js';
import { CannedResolution } from '../server/workspace/canned-resolution.entity.js';
import { SavedView } from '../server/workspace/saved-view.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { createRep, loginToken } from './support/factories.js';

/**
 * The reps' workspace over GraphQL: saved views are each rep's own (another rep's is as unknown as one
 * that does not exist), canned resolutions are shared; bad input answers a typed error and changes nothing.
 */

let app: TestApp;
let anna: Rep;
let annaToken: string;
let bruno: Rep;
let brunoToken: string;

beforeAll(async () => {
  app = await startTestApp();
  anna = await createRep(app.em());
  annaToken = await loginToken(app.em(), { rep: anna }, app.clock.now());
  bruno = await createRep(app.em());
  brunoToken = await loginToken(app.em(), { rep: bruno }, app.clock.now());
});
afterAll(() => app.stop());

const VIEWS = /* GraphQL */ `
  query ($resource: SavedViewResource) {
    savedViews(resource: $resource) {
      id
      resource
      name
      filters
      columns
    }
  }
`;
const SAVE = /* GraphQL */ `
  mutation ($input: SaveViewInput!) {
    saveView(input: $input) {
      errors {
        code
        field
        params
      }
      view {
        id
        name
        filters
        columns
      }
    }
  }
`;
const DELETE = /* GraphQL */ `
  mutation ($input: DeleteViewInput!) {
    deleteView(input: $input) {
      errors {
        code
        field
      }
      deletedId
    }
  }
`;
const CANNED = /* GraphQL */ `
  query {
    cannedResolutions {
      id
      title
      text
    }
  }
`;
const SAVE_CANNED = /* GraphQL */ `
  mutation ($input: SaveCannedResolutionInput!) {
    saveCannedResolution(input: $input) {
      errors {
        code
        field
        params
      }
      cannedResolution {
        id
        title
        text
      }
    }
  }
`;
const DELETE_CANNED = /* GraphQL */ `
  mutation ($input: DeleteCannedResolutionInput!) {
    deleteCannedResolution(input: $input) {
      errors {
        code
        field
      }
      deletedId
    }
  }
`;

const MY_OVERDUE = { status: ['OPEN', 'IN_PROGRESS'], kind: 'OVERDUE_PROVISIONING', olderThanHours: 24 };
const rows = async () => ({
  views: await app.em().count(SavedView, {}),
  canned: await app.em().count(CannedResolution, {}),
  audit: await app.em().count(AuditEvent, {}),
});

describe('saved views', () => {
  it('keeps a rep’s view (filters and columns) and shows it to that rep only', async () => {
    const saved = await app.gql(
      SAVE,
      { input: { resource: 'ESCALATIONS', name: '  My overdue  ', filters: MY_OVERDUE, columns: ['kind', 'order.ccwOrderNumber', 'slaDueAt'] } },
      annaToken,
    );
    expect(saved.data.saveView).toEqual({
      errors: [],
      view: { id: expect.any(String), name: 'My overdue', filters: MY_OVERDUE, columns: ['kind', 'order.ccwOrderNumber', 'slaDueAt'] },
    });
    const id = saved.data.saveView.view.id;

    expect((await app.gql(VIEWS, { resource: 'ESCALATIONS' }, annaToken)).data.savedViews).toEqual([
      { id, resource: 'ESCALATIONS', name: 'My overdue', filters: MY_OVERDUE, columns: ['kind', 'order.ccwOrderNumber', 'slaDueAt'] },
    ]);
    expect((await app.gql(VIEWS, { resource: 'ORDERS' }, annaToken)).data.savedViews).toEqual([]);
    // Bruno sees none of Anna's views, and cannot change or delete them: to him they do not exist.
    expect((await app.gql(VIEWS, {}, brunoToken)).data.savedViews).toEqual([]);
    const before = await rows();
    const change = await app.gql(SAVE, { input: { id, resource: 'ESCALATIONS', name: 'Taken over', filters: {} } }, brunoToken);
    expect(change.data.saveView).toEqual({ errors: [{ code: 'NOT_FOUND', field: ['input', 'id'], params: {} }], view: null });
    const removal = await app.gql(DELETE, { input: { id } }, brunoToken);
    expect(removal.data.deleteView).toEqual({ errors: [{ code: 'NOT_FOUND', field: ['input', 'id'] }], deletedId: null });
    expect(await rows()).toEqual(before);
    expect(await app.em().findOneOrFail(SavedView, id)).toMatchObject({ name: 'My overdue', filters: MY_OVERDUE });

    // The same name (any case) on the same list replaces the view; Bruno may use the name for his own.
    const replaced = await app.gql(
      SAVE,
      { input: { resource: 'ESCALATIONS', name: 'MY OVERDUE', filters: { status: ['RESOLVED'] }, columns: null } },
      annaToken,
    );
    expect(replaced.data.saveView.view).toEqual({ id, name: 'MY OVERDUE', filters: { status: ['RESOLVED'] }, columns: null });
    const his = await app.gql(SAVE, { input: { resource: 'ESCALATIONS', name: 'My overdue', filters: MY_OVERDUE } }, brunoToken);
    expect(his.data.saveView.errors).toEqual([]);
    expect(his.data.saveView.view.id).not.toBe(id);

    // Renaming onto another of one's own views is refused.
    const other = await app.gql(SAVE, { input: { resource: 'ESCALATIONS', name: 'Unassigned', filters: { unassigned: true } } }, annaToken);
    const clash = await app.gql(SAVE, { input: { id: other.data.saveView.view.id, resource: 'ESCALATIONS', name: 'my overdue', filters: {} } }, annaToken);
    expect(clash.data.saveView.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'name'], params: { reason: 'TAKEN', name: 'MY OVERDUE' } }]);

    const deleted = await app.gql(DELETE, { input: { id } }, annaToken);
    expect(deleted.data.deleteView).toEqual({ errors: [], deletedId: id });
    expect((await app.gql(VIEWS, { resource: 'ESCALATIONS' }, annaToken)).data.savedViews.map((v: { name: string }) => v.name)).toEqual(['Unassigned']);
    expect((await app.gql(VIEWS, { resource: 'ESCALATIONS' }, brunoToken)).data.savedViews.map((v: { name: string }) => v.name)).toEqual(['My overdue']);
  });

  it.each([
    ['an empty name', { name: '   ' }, ['input', 'name'], 'REQUIRED'],
    ['a name of 61 characters', { name: 'x'.repeat(61) }, ['input', 'name'], 'TOO_LONG'],
    ['a filter name with a space', { filters: { 'my filter': 'x' } }, ['input', 'filters'], 'NAME'],
    ['a filter value that is an object', { filters: { q: { $ne: 1 } } }, ['input', 'filters', 'q'], 'VALUE'],
    ['a filter value with a control character', { filters: { q: 'a\u0007b' } }, ['input', 'filters', 'q'], 'CHARACTERS'],
    ['a filter value of 201 characters', { filters: { q: 'y'.repeat(201) } }, ['input', 'filters', 'q'], 'TOO_LONG'],
    ['21 filters', { filters: Object.fromEntries(Array.from({ length: 21 }, (_v, i) => [`f${i}`, i])) }, ['input', 'filters'], 'TOO_MANY'],
    ['a column twice', { columns: ['kind', 'kind'] }, ['input', 'columns'], 'COLUMNS'],
    ['a column with markup', { columns: ['<b>kind</b>'] }, ['input', 'columns'], 'COLUMNS'],
  ])('refuses %s with a typed error and changes nothing', async (_what, change, field, reason) => {
    const before = await rows();
    const { data } = await app.gql(SAVE, { input: { resource: 'ORDERS', name: 'Fine', filters: { q: 'acme' }, ...change } }, annaToken);
    expect(data.saveView.view).toBeNull();
    expect(data.saveView.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field, params: expect.objectContaining({ reason }) })]);
    expect(await rows()).toEqual(before);
  });

  it('refuses an unknown list and an id that is not one, changing nothing', async () => {
    const before = await rows();
    const unknownList = await app.gql(SAVE, { input: { resource: 'WEBHOOKS', name: 'x', filters: {} } }, annaToken);
    expect(unknownList.errors?.[0].message).toMatch(/SavedViewResource/);
    // Filters that are not an object are refused by their type (JSONObject) before anything runs.
    const listFilters = await app.gql(SAVE, { input: { resource: 'ORDERS', name: 'x', filters: ['q'] } }, annaToken);
    expect(listFilters.data).toBeUndefined();
    expect(listFilters.errors?.[0].message).toMatch(/JSONObject|object/i);
    const badId = await app.gql(SAVE, { input: { id: 'not-an-id', resource: 'ORDERS', name: 'x', filters: {} } }, annaToken);
    expect(badId.data.saveView.errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    expect((await app.gql(DELETE, { input: { id: 'not-an-id' } }, annaToken)).data.deleteView.errors.map((e: { code: string }) => e.code)).toEqual([
      'NOT_FOUND',
    ]);
    expect(await rows()).toEqual(before);
  });

  it('keeps at most 50 views of a list per rep', async () => {
    const rep = await createRep(app.em());
    const token = await loginToken(app.em(), { rep }, app.clock.now());
    const em = app.em();
    for (let i = 0; i < 50; i++) em.persist(em.create(SavedView, { rep: rep.id as never, resource: 'ORDERS' as never, name: `View ${i}`, filters: {} }));
    await em.flush();
    const before = await rows();
    const { data } = await app.gql(SAVE, { input: { resource: 'ORDERS', name: 'One more', filters: {} } }, token);
    expect(data.saveView.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'name'], params: { reason: 'TOO_MANY', max: 50 } }]);
    expect(await rows()).toEqual(before);
    // Replacing one by name is still fine.
    expect((await app.gql(SAVE, { input: { resource: 'ORDERS', name: 'view 7', filters: { overdue: true } } }, token)).data.saveView.errors).toEqual([]);
  });
});

describe('canned resolutions', () => {
  it('are shared: one rep writes one, another changes it, a third deletes it; each change is in the audit trail', async () => {
    const created = await app.gql(
      SAVE_CANNED,
      { input: { title: 'Partner confirmed by phone', text: 'The partner confirmed the organization by phone.' } },
      annaToken,
    );
    expect(created.data.saveCannedResolution.errors).toEqual([]);
    const id = created.data.saveCannedResolution.cannedResolution.id;
    expect((await app.gql(CANNED, {}, brunoToken)).data.cannedResolutions).toEqual([
      { id, title: 'Partner confirmed by phone', text: 'The partner confirmed the organization by phone.' },
    ]);
    const changed = await app.gql(
      SAVE_CANNED,
      { input: { id, title: 'Partner confirmed by phone', text: 'Confirmed with the partner by phone.' } },
      brunoToken,
    );
    expect(changed.data.saveCannedResolution.cannedResolution).toEqual({
      id,
      title: 'Partner confirmed by phone',
      text: 'Confirmed with the partner by phone.',
    });
    const deleted = await app.gql(DELETE_CANNED, { input: { id } }, annaToken);
    expect(deleted.data.deleteCannedResolution).toEqual({ errors: [], deletedId: id });
    expect((await app.gql(CANNED, {}, annaToken)).data.cannedResolutions).toEqual([]);
    const trail = await app.em().find(AuditEvent, { targetType: 'CannedResolution', targetId: id }, { orderBy: { at: 'asc', id: 'asc' } });
    expect(trail.map((e) => [e.action, e.actorId])).toEqual(
      expect.arrayContaining([
        ['canned_resolution.created', anna.id],
        ['canned_resolution.updated', bruno.id],
        ['canned_resolution.deleted', anna.id],
      ]),
    );
  });

  it.each([
    ['an empty title', { title: ' ' }, ['input', 'title'], 'REQUIRED'],
    ['a title of 121 characters', { title: 't'.repeat(121) }, ['input', 'title'], 'TOO_LONG'],
    ['an empty text', { text: '' }, ['input', 'text'], 'REQUIRED'],
    ['a text longer than a resolution', { text: 'r'.repeat(2001) }, ['input', 'text'], 'TOO_LONG'],
    ['a title with a direction override', { title: 'Done\u202Eenod' }, ['input', 'title'], 'FORMAT_CHARACTERS'],
    ['a title another one has (any case)', { title: 'ALREADY THERE' }, ['input', 'title'], 'TAKEN'],
  ])('refuses %s with a typed error and changes nothing', async (_what, change, field, reason) => {
    await app.em().nativeDelete(CannedResolution, {});
    const first = await app.gql(SAVE_CANNED, { input: { title: 'Already there', text: 'Something.' } }, annaToken);
    expect(first.data.saveCannedResolution.errors).toEqual([]);
    const before = await rows();
    const { data } = await app.gql(SAVE_CANNED, { input: { title: 'A title', text: 'A text.', ...change } }, brunoToken);
    expect(data.saveCannedResolution.cannedResolution).toBeNull();
    expect(data.saveCannedResolution.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field, params: expect.objectContaining({ reason }) })]);
    expect(await rows()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown one, changing nothing', async () => {
    const before = await rows();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const change = await app.gql(SAVE_CANNED, { input: { id: unknown, title: 'New title here', text: 'x' } }, annaToken);
    expect(change.data.saveCannedResolution.errors.map((e: { code: string }) => e.code)).toEqual(['NOT_FOUND']);
    expect(
      (await app.gql(DELETE_CANNED, { input: { id: unknown } }, annaToken)).data.deleteCannedResolution.errors.map((e: { code: string }) => e.code),
    ).toEqual(['NOT_FOUND']);
    expect(await rows()).toEqual(before);
  });
});
