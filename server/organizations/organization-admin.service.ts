import { LockMode, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { audit } from '../audit/audit.js';
import { scopeOf } from '../common/tx-scope.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { InputValidator, isUuid } from '../common/validation.js';
import type { RequestContext } from '../common/request-context.js';
import { containsPattern, exactTerm, pageWindow, searchTerm, SortOrder, type Page } from '../common/paging.js';
import { Organization, OrganizationKind } from './organization.entity.js';
import { User } from './user.entity.js';
import { OrganizationSortField, type OrganizationSearchFilter, type UpdateOrganizationInput } from './organization-admin.types.js';

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/** As the wizard requires (SetupService's organization details). */
const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]*$/;

const SORT_COLUMNS: Record<OrganizationSortField, keyof Organization> = {
  [OrganizationSortField.NAME]: 'name',
  [OrganizationSortField.CREATED_AT]: 'createdAt',
  [OrganizationSortField.KIND]: 'kind',
  [OrganizationSortField.COUNTRY]: 'country',
};

/** Editable by a rep: the details people typed, never identity or ownership (kind, managing partner, subdomain). */
const CORRECTABLE = ['name', 'country', 'address', 'city', 'postalCode', 'partnerAccountId'] as const;

export class OrganizationAdminService {
  async search(
    ctx: RequestContext,
    args: {
      offset?: number | null;
      limit?: number | null;
      sortField?: OrganizationSortField | null;
      sortOrder?: SortOrder | null;
      filter?: OrganizationSearchFilter | null;
    },
  ): Promise<Page<Organization>> {
    const { offset, limit } = pageWindow(args.offset, args.limit);
    const f = args.filter ?? {};
    const conditions: FilterQuery<Organization>[] = [];
    const q = searchTerm(f.q);
    if (q) {
      const like = containsPattern(q);
      const byAdministrator = ctx.em
        .createQueryBuilder(User, 'u')
        .select('u.organization_id')
        .where({ email: { $ilike: like } });
      conditions.push({
        $or: [
          { name: { $ilike: like } },
          { partnerAccountId: { $ilike: like } },
          { subdomain: { $ilike: like } },
          { id: { $in: byAdministrator.getKnexQuery() as never } },
        ],
      });
    }
    if (f.kind) conditions.push({ kind: f.kind });
    if (f.country) conditions.push({ country: exactTerm(f.country).toUpperCase() });
    if (f.managingPartnerId) conditions.push(isUuid(f.managingPartnerId) ? { managingPartner: f.managingPartnerId } : { id: null });
    if (f.ids) conditions.push({ id: { $in: f.ids.filter(isUuid) } });
    const direction = (args.sortOrder ?? SortOrder.ASC) === SortOrder.ASC ? 'asc' : 'desc';
    const column = SORT_COLUMNS[args.sortField ?? OrganizationSortField.NAME];
    const [nodes, totalCount] = await ctx.em.findAndCount(Organization, conditions.length ? { $and: conditions } : {}, {
      orderBy: [{ [column]: direction }, { id: direction }] as never,
      offset,
      limit,
    });
    return { nodes, totalCount };
  }

  get(ctx: RequestContext, id: string): Promise<Organization | null> {
    return isUuid(id) ? ctx.em.findOne(Organization, id) : Promise.resolve(null);
  }

  /** Corrects an organization's details. Every mistake comes back on its field; nothing changes then. */
  async update(ctx: RequestContext, input: UpdateOrganizationInput): Promise<Organization> {
    const now = ctx.clock.now();
    try {
      return await ctx.em.transactional(async (em) => {
        const organization = isUuid(input.id) ? await em.findOne(Organization, input.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
        if (!organization) throw userError(UserErrorCode.NOT_FOUND, 'No such organization', ['input', 'id']);
        const v = new InputValidator();
        const next: Partial<Pick<Organization, (typeof CORRECTABLE)[number]>> = {};
        if (input.name !== undefined && input.name !== null) next.name = v.text('name', input.name, { max: 200, label: 'The name' });
        if (input.country !== undefined && input.country !== null) next.country = v.country('country', input.country);
        if (input.address !== undefined && input.address !== null) next.address = v.text('address', input.address, { max: 200, label: 'The address' });
        if (input.city !== undefined && input.city !== null) next.city = v.text('city', input.city, { max: 100, label: 'The city' });
        if (input.postalCode !== undefined && input.postalCode !== null) {
          next.postalCode = v.text('postalCode', input.postalCode, {
            max: 20,
            label: 'The postal code',
            pattern: POSTAL_CODE,
            patternHint: 'may contain only letters, digits, spaces and dashes',
          });
        }
        if (input.partnerAccountId !== undefined && input.partnerAccountId !== null) {
          const account = v.optionalText('partnerAccountId', input.partnerAccountId, {
            max: 64,
            label: 'The CCW partner account',
            pattern: IDENTIFIER,
            patternHint: 'may contain only letters, digits, dots, slashes, dashes and underscores',
          });
          if (organization.kind !== OrganizationKind.PARTNER) {
            v.check(account === null, UserErrorCode.INVALID_INPUT, 'partnerAccountId', 'Only a partner organization has a CCW partner account', {
              reason: 'NOT_A_PARTNER',
            });
          } else if (account) {
            const holder = await em.findOne(Organization, { partnerAccountId: account, id: { $ne: organization.id } });
            v.check(!holder, UserErrorCode.INVALID_INPUT, 'partnerAccountId', `CCW partner account ${account} already belongs to ${holder?.name}`, {
              reason: 'ACCOUNT_TAKEN',
              account: account ?? '',
              name: holder?.name ?? '',
            });
          }
          (next as Record<string, unknown>).partnerAccountId = account;
        }
        v.done();

        const before: Record<string, unknown> = {};
        const after: Record<string, unknown> = {};
        for (const key of CORRECTABLE) {
          if (!(key in next)) continue;
          const value = next[key] ?? null;
          if ((organization[key] ?? null) === value) continue;
          before[key] = organization[key] ?? null;
          after[key] = value;
          (organization as unknown as Record<string, unknown>)[key] = value;
        }
        if (Object.keys(after).length) {
          organization.updatedAt = now;
          audit(scopeOf(ctx, em, now), { action: 'organization.updated', targetType: 'Organization', targetId: organization.id, before, after });
        }
        return organization;
      });
    } catch (error) {
      // A concurrent correction took the account between the check and the commit: the index decides.
      if (error instanceof UniqueConstraintViolationException) {
        throw userError(
          UserErrorCode.INVALID_INPUT,
          'That CCW partner account already belongs to another partner organization',
          ['input', 'partnerAccountId'],
          { reason: 'ACCOUNT_TAKEN' },
        );
      }
      throw error;
    }
  }
}
