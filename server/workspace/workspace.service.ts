import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { audit } from '../audit/audit.js';
import { scopeOf } from '../common/tx-scope.js';
import { Rep } from '../auth/rep.entity.js';
import { userError, UserErrorCode } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { InputValidator, isUuid } from '../common/validation.js';
import { CannedResolution } from './canned-resolution.entity.js';
import { SavedView, SavedViewResource } from './saved-view.entity.js';
import type { SaveCannedResolutionInput, SaveViewInput } from './workspace.types.js';

/** How many views a rep keeps of one list, and what a view may hold. */
export const VIEW_LIMITS = { perList: 50, name: 60, filterNames: 20, filterText: 200, listItems: 20, columns: 20 } as const;
/** A canned resolution's limits (its text fills a resolution, whose limit is 2000). */
export const CANNED_LIMITS = { title: 120, text: 2000, total: 200 } as const;

const FILTER_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const COLUMN = /^[A-Za-z][A-Za-z0-9_.]{0,63}$/;

const notFound = (what: string, field: string[]) => userError(UserErrorCode.NOT_FOUND, `${what} was not found`, field);

/**
 * The reps' own workspace in the console: saved views (each rep's own, never another's) and the
 * canned resolutions the reps share.
 */
export class WorkspaceService {
  /** The caller's views, of one list or of all, by name. */
  views(ctx: RequestContext, resource?: SavedViewResource | null): Promise<SavedView[]> {
    return ctx.em.find(SavedView, { rep: ctx.viewer!.id, ...(resource ? { resource } : {}) }, { orderBy: { resource: 'asc', name: 'asc', id: 'asc' } });
  }

  async saveView(ctx: RequestContext, input: SaveViewInput): Promise<SavedView> {
    const v = new InputValidator();
    const name = v.text('name', input.name, { max: VIEW_LIMITS.name, label: 'The view’s name' });
    v.check(Object.values(SavedViewResource).includes(input.resource), UserErrorCode.INVALID_INPUT, 'resource', 'The list is not one a view can be saved of');
    const filters = checkFilters(v, input.filters);
    const columns = checkColumns(v, input.columns);
    if (input.id !== null && input.id !== undefined && !isUuid(input.id)) throw notFound('The view', ['input', 'id']);
    v.done();
    const repId = ctx.viewer!.id;
    const now = ctx.clock.now();
    try {
      return await ctx.em.transactional(async (em) => {
        const mine = await em.find(SavedView, { rep: repId, resource: input.resource });
        const sameName = mine.find((view) => view.name.toLowerCase() === name.toLowerCase());
        let view: SavedView | undefined;
        if (input.id) {
          // Another rep's view is as unknown as one that does not exist.
          view = (await em.findOne(SavedView, { id: input.id, rep: repId })) ?? undefined;
          if (!view) throw notFound('The view', ['input', 'id']);
          if (view.resource !== input.resource)
            throw userError(UserErrorCode.INVALID_INPUT, 'A view stays on its list', ['input', 'resource'], { reason: 'OTHER_LIST' });
          if (sameName && sameName.id !== view.id) {
            throw userError(UserErrorCode.INVALID_INPUT, `You already have a view named "${sameName.name}" on this list`, ['input', 'name'], {
              reason: 'TAKEN',
              name: sameName.name,
            });
          }
        } else {
          view = sameName;
        }
        if (!view) {
          if (mine.length >= VIEW_LIMITS.perList) {
            throw userError(UserErrorCode.INVALID_INPUT, `A list keeps at most ${VIEW_LIMITS.perList} views: delete one first`, ['input', 'name'], {
              reason: 'TOO_MANY',
              max: VIEW_LIMITS.perList,
            });
          }
          view = em.create(SavedView, {
            rep: em.getReference(Rep, repId, { wrapped: true }),
            resource: input.resource,
            name,
            filters,
            columns,
            createdAt: now,
            updatedAt: now,
          });
          em.persist(view);
        } else {
          Object.assign(view, { name, filters, columns, updatedAt: now });
        }
        return view;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw userError(UserErrorCode.INVALID_INPUT, `You already have a view named "${name}" on this list`, ['input', 'name'], { reason: 'TAKEN', name });
      }
      throw error;
    }
  }

  async deleteView(ctx: RequestContext, id: string): Promise<string> {
    if (!isUuid(id)) throw notFound('The view', ['input', 'id']);
    const deleted = await ctx.em.nativeDelete(SavedView, { id, rep: ctx.viewer!.id });
    if (!deleted) throw notFound('The view', ['input', 'id']);
    return id;
  }

  cannedResolutions(ctx: RequestContext): Promise<CannedResolution[]> {
    return ctx.em.find(CannedResolution, {}, { orderBy: { title: 'asc', id: 'asc' }, limit: CANNED_LIMITS.total });
  }

  async saveCannedResolution(ctx: RequestContext, input: SaveCannedResolutionInput): Promise<CannedResolution> {
    const v = new InputValidator();
    const title = v.text('title', input.title, { max: CANNED_LIMITS.title, label: 'The title' });
    const text = v.text('text', input.text, { max: CANNED_LIMITS.text, label: 'The text' });
    if (input.id !== null && input.id !== undefined && !isUuid(input.id)) throw notFound('The canned resolution', ['input', 'id']);
    v.done();
    const now = ctx.clock.now();
    const taken = () =>
      userError(UserErrorCode.INVALID_INPUT, `A canned resolution titled "${title}" already exists`, ['input', 'title'], { reason: 'TAKEN', title });
    try {
      return await ctx.em.transactional(async (em) => {
        const all = await em.find(CannedResolution, {});
        const sameTitle = all.find((c) => c.title.toLowerCase() === title.toLowerCase());
        if (sameTitle && sameTitle.id !== input.id) throw taken();
        if (input.id) {
          const canned = all.find((c) => c.id === input.id);
          if (!canned) throw notFound('The canned resolution', ['input', 'id']);
          const before = { title: canned.title, text: canned.text };
          Object.assign(canned, { title, text, updatedAt: now });
          audit(scopeOf(ctx, em, now), {
            action: 'canned_resolution.updated',
            targetType: 'CannedResolution',
            targetId: canned.id,
            before,
            after: { title, text },
          });
          return canned;
        }
        if (all.length >= CANNED_LIMITS.total) {
          throw userError(UserErrorCode.INVALID_INPUT, `There are at most ${CANNED_LIMITS.total} canned resolutions: delete one first`, ['input', 'title'], {
            reason: 'TOO_MANY',
            max: CANNED_LIMITS.total,
          });
        }
        const canned = em.create(CannedResolution, { title, text, createdAt: now, updatedAt: now });
        em.persist(canned);
        audit(scopeOf(ctx, em, now), { action: 'canned_resolution.created', targetType: 'CannedResolution', targetId: canned.id, after: { title, text } });
        return canned;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw taken();
      throw error;
    }
  }

  async deleteCannedResolution(ctx: RequestContext, id: string): Promise<string> {
    if (!isUuid(id)) throw notFound('The canned resolution', ['input', 'id']);
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const canned = await em.findOne(CannedResolution, id);
      if (!canned) throw notFound('The canned resolution', ['input', 'id']);
      audit(scopeOf(ctx, em, now), {
        action: 'canned_resolution.deleted',
        targetType: 'CannedResolution',
        targetId: id,
        before: { title: canned.title, text: canned.text },
      });
      em.remove(canned);
      return id;
    });
  }
}

type FilterValue = string | number | boolean | (string | number | boolean)[];

/** A view's filters: plain names with plain values (what the console's lists send), checked as typed input. */
function checkFilters(v: InputValidator, raw: unknown): Record<string, FilterValue> {
  const out: Record<string, FilterValue> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    v.check(false, UserErrorCode.INVALID_INPUT, 'filters', 'The filters must be an object of names and values', { reason: 'NOT_OBJECT' });
    return out;
  }
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length > VIEW_LIMITS.filterNames) {
    v.check(false, UserErrorCode.INVALID_INPUT, 'filters', `A view keeps at most ${VIEW_LIMITS.filterNames} filters`, {
      reason: 'TOO_MANY',
      max: VIEW_LIMITS.filterNames,
    });
    return out;
  }
  const scalar = (field: string, value: unknown): string | number | boolean | undefined => {
    if (typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      v.check(Number.isFinite(value), UserErrorCode.INVALID_INPUT, field, 'A filter’s number must be finite', { reason: 'NUMBER' });
      return Number.isFinite(value) ? value : undefined;
    }
    if (typeof value === 'string') return v.text(field, value, { max: VIEW_LIMITS.filterText, label: 'A filter’s value' });
    v.check(false, UserErrorCode.INVALID_INPUT, field, 'A filter’s value is text, a number, true/false or a list of them', { reason: 'VALUE' });
    return undefined;
  };
  for (const [name, value] of entries) {
    if (!FILTER_NAME.test(name)) {
      v.check(false, UserErrorCode.INVALID_INPUT, 'filters', 'A filter’s name is letters, digits and _ (at most 40)', { reason: 'NAME' });
      continue;
    }
    const field = `filters.${name}`;
    if (Array.isArray(value)) {
      if (value.length > VIEW_LIMITS.listItems) {
        v.check(false, UserErrorCode.INVALID_INPUT, field, `A filter lists at most ${VIEW_LIMITS.listItems} values`, {
          reason: 'TOO_MANY',
          max: VIEW_LIMITS.listItems,
        });
        continue;
      }
      const items = value.map((item) => scalar(field, item));
      if (items.every((item) => item !== undefined)) out[name] = items as (string | number | boolean)[];
    } else {
      const item = scalar(field, value);
      if (item !== undefined) out[name] = item;
    }
  }
  return out;
}

function checkColumns(v: InputValidator, columns: string[] | null | undefined): string[] | null {
  if (columns === null || columns === undefined) return null;
  const ok = columns.length <= VIEW_LIMITS.columns && columns.every((column) => COLUMN.test(column)) && new Set(columns).size === columns.length;
  v.check(ok, UserErrorCode.INVALID_INPUT, 'columns', `Columns are at most ${VIEW_LIMITS.columns} distinct sources (letters, digits, . and _)`, {
    reason: 'COLUMNS',
    max: VIEW_LIMITS.columns,
  });
  return ok ? columns : null;
}
