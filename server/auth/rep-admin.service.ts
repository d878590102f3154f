import { LockMode, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { audit } from '../audit/audit.js';
import { scopeOf } from '../common/tx-scope.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { InputValidator, isUuid } from '../common/validation.js';
import type { RequestContext } from '../common/request-context.js';
import { ONE_ACCOUNT_PER_EMAIL, userErrorForConstraint, violatedConstraint } from '../db/migrations/constraints.js';
import { User } from '../organizations/user.entity.js';
import { containsPattern, pageWindow, searchTerm, SortOrder, type Page } from '../common/paging.js';
import { LoginSession } from './login-session.entity.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { Rep, RepRole } from './rep.entity.js';
import { RepSortField, type CreateRepInput, type RepSearchFilter, type UpdateRepInput } from './rep-admin.types.js';

const SORT_COLUMNS: Record<RepSortField, keyof Rep> = {
  [RepSortField.NAME]: 'name',
  [RepSortField.EMAIL]: 'email',
  [RepSortField.CREATED_AT]: 'createdAt',
};

/** Rep accounts. Reps may list them (assignees); only admins create and change them. */
export class RepAdminService {
  async search(
    ctx: RequestContext,
    args: { offset?: number | null; limit?: number | null; sortField?: RepSortField | null; sortOrder?: SortOrder | null; filter?: RepSearchFilter | null },
  ): Promise<Page<Rep>> {
    const { offset, limit } = pageWindow(args.offset, args.limit);
    const f = args.filter ?? {};
    const conditions: FilterQuery<Rep>[] = [];
    const q = searchTerm(f.q);
    if (q) conditions.push({ $or: [{ name: { $ilike: containsPattern(q) } }, { email: { $ilike: containsPattern(q) } }] });
    if (f.role) conditions.push({ role: f.role });
    if (f.active !== null && f.active !== undefined) conditions.push({ active: f.active });
    if (f.ids) conditions.push({ id: { $in: f.ids.filter(isUuid) } });
    const direction = (args.sortOrder ?? SortOrder.ASC) === SortOrder.ASC ? 'asc' : 'desc';
    const column = SORT_COLUMNS[args.sortField ?? RepSortField.NAME];
    const [nodes, totalCount] = await ctx.em.findAndCount(Rep, conditions.length ? { $and: conditions } : {}, {
      orderBy: [{ [column]: direction }, { id: direction }] as never,
      offset,
      limit,
    });
    return { nodes, totalCount };
  }

  get(ctx: RequestContext, id: string): Promise<Rep | null> {
    return isUuid(id) ? ctx.em.findOne(Rep, id) : Promise.resolve(null);
  }

  async create(ctx: RequestContext, input: CreateRepInput): Promise<Rep> {
    const v = new InputValidator();
    const email = v.email('email', input.email);
    const name = v.text('name', input.name, { max: 200, label: 'The name' });
    const problem = passwordProblem(input.password ?? '');
    v.check(!problem, UserErrorCode.PASSWORD_TOO_WEAK, 'password', problem ?? '');
    v.done();
    const now = ctx.clock.now();
    const passwordHash = await hashPassword(input.password);
    try {
      return await ctx.em.transactional(async (em) => {
        if (await em.findOne(Rep, { email })) throw emailTaken(email);
        // One person, one kind of account: an organization user's email cannot become a rep's.
        if (await em.findOne(User, { email })) throw userError(UserErrorCode.USER_IN_ANOTHER_ORGANIZATION, ONE_ACCOUNT_PER_EMAIL, ['input', 'email']);
        const rep = em.create(Rep, { email, name, role: input.role ?? RepRole.REP, passwordHash, createdAt: now });
        em.persist(rep);
        audit(scopeOf(ctx, em, now), { action: 'rep.created', targetType: 'Rep', targetId: rep.id, after: { email, name, role: rep.role } });
        return rep;
      });
    } catch (error) {
      if (violatedConstraint(error) === 'one_account_per_email') throw userErrorForConstraint(error, { field: ['input', 'email'] }) ?? error;
      if (error instanceof UniqueConstraintViolationException) throw emailTaken(email);
      throw error;
    }
  }

  async update(ctx: RequestContext, input: UpdateRepInput): Promise<Rep> {
    const v = new InputValidator();
    const name = input.name == null ? undefined : v.text('name', input.name, { max: 200, label: 'The name' });
    const problem = input.password == null ? undefined : passwordProblem(input.password);
    v.check(!problem, UserErrorCode.PASSWORD_TOO_WEAK, 'password', problem ?? '');
    const self = input.id === ctx.viewer!.id;
    // An admin cannot lock themselves out: another admin has to do that.
    v.check(!(self && input.active === false), UserErrorCode.INVALID_INPUT, 'active', 'You cannot deactivate your own account', { reason: 'OWN_ACCOUNT' });
    v.check(!(self && input.role === RepRole.REP), UserErrorCode.INVALID_INPUT, 'role', 'You cannot remove your own administrator role', {
      reason: 'OWN_ROLE',
    });
    v.done();
    const passwordHash = input.password == null ? undefined : await hashPassword(input.password);
    const now = ctx.clock.now();
    return ctx.em.transactional(async (em) => {
      const rep = isUuid(input.id) ? await em.findOne(Rep, input.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
      if (!rep) throw userError(UserErrorCode.NOT_FOUND, 'No such rep', ['input', 'id']);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const change = <K extends 'name' | 'role' | 'active'>(key: K, value: Rep[K] | undefined | null) => {
        if (value === undefined || value === null || rep[key] === value) return;
        before[key] = rep[key];
        after[key] = value;
        rep[key] = value;
      };
      change('name', name);
      change('role', input.role);
      change('active', input.active);
      if (passwordHash) {
        rep.passwordHash = passwordHash;
        after.passwordChanged = true;
      }
      // A deactivated rep or a new password ends the rep's sessions at once.
      if (after.active === false || passwordHash) {
        const sessions = await em.find(LoginSession, { rep, revokedAt: null, expiresAt: { $gt: now } });
        for (const session of sessions) session.revokedAt = now;
        if (sessions.length) after.revokedSessions = sessions.length;
      }
      if (Object.keys(after).length) audit(scopeOf(ctx, em, now), { action: 'rep.updated', targetType: 'Rep', targetId: rep.id, before, after });
      return rep;
    });
  }
}

function emailTaken(email: string) {
  return userError(UserErrorCode.INVALID_INPUT, `A rep with the email ${email} already exists`, ['input', 'email'], { reason: 'REP_EXISTS', email });
}
