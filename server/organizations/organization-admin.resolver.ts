import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditEntry } from '../audit/audit.types.js';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { SortOrder } from '../common/paging.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { mutationPayload } from '../graphql/payload.js';
import {
  OrganizationPage,
  OrganizationPayload,
  OrganizationSearchFilter,
  OrganizationSortField,
  OrganizationUser,
  UpdateOrganizationInput,
} from './organization-admin.types.js';
import { Organization } from './organization.entity.js';
import type { User } from './user.entity.js';
import type { Row } from '../db/plain-rows.js';

/**
 * The console's Organizations resource: search, read, correct. Address and account details are
 * the organization's own (its administrators and the wizard's review step may read them); its
 * people, its managing partner and its change history are for reps only.
 */
@Resolver(() => Organization)
export class OrganizationAdminResolver {
  @Query(() => OrganizationPage, { description: 'Partner and customer organizations, sorted and paged in the database.' })
  @Allow('REP')
  searchOrganizations(
    @Ctx() ctx: RequestContext,
    @Arg('offset', () => Int, { nullable: true, description: 'How many rows to skip: 0 to 100000, default 0.' }) offset?: number,
    @Arg('limit', () => Int, { nullable: true, description: 'How many per page: 1 to 100, default 25.' }) limit?: number,
    @Arg('sortField', () => OrganizationSortField, { nullable: true, description: 'The column to sort on.' }) sortField?: OrganizationSortField,
    @Arg('sortOrder', () => SortOrder, { nullable: true, description: 'ASC or DESC.' }) sortOrder?: SortOrder,
    @Arg('filter', () => OrganizationSearchFilter, { nullable: true, description: 'Which organizations; omitted: all.' }) filter?: OrganizationSearchFilter,
  ) {
    return ctx.services.organizationAdmin.search(ctx, { offset, limit, sortField, sortOrder, filter });
  }

  @Query(() => Organization, { nullable: true, description: 'Reps: one organization; null when there is none with this id.' })
  @Allow('REP')
  organization(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The organization’s id.' }) id: string) {
    return ctx.services.organizationAdmin.get(ctx, id);
  }

  @Mutation(() => OrganizationPayload, { description: 'Corrects an organization’s details; mistakes come back on their fields.' })
  @Allow('REP')
  async updateOrganization(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateOrganizationInput, { description: 'The organization and the corrected details.' }) input: UpdateOrganizationInput,
  ): Promise<OrganizationPayload> {
    return mutationPayload('organization', () => ctx.services.organizationAdmin.update(ctx, input));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Street and number; null when not known.' })
  address(@Root() organization: Row<Organization>): string | null {
    return organization.address ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'City; null when not known.' })
  city(@Root() organization: Row<Organization>): string | null {
    return organization.city ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Postal code; null when not known.' })
  postalCode(@Root() organization: Row<Organization>): string | null {
    return organization.postalCode ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Partner organizations: the CCW partner account.' })
  partnerAccountId(@Root() organization: Row<Organization>): string | null {
    return organization.partnerAccountId ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Customer organizations: the enterprise subdomain (<subdomain>.calls.webex.com).' })
  subdomain(@Root() organization: Row<Organization>): string | null {
    return organization.subdomain ?? null;
  }

  @FieldResolver(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt(@Root() organization: Row<Organization>): Date {
    return organization.updatedAt;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Reps only: seeded demo data.' })
  @Allow('REP')
  demo(@Root() organization: Row<Organization>): boolean {
    return organization.demo;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Reps only: customer organizations’ managing partner; null after customer self-setup.' })
  @Allow('REP')
  managingPartner(@Root() organization: Row<Organization>, @Ctx() ctx: RequestContext): Promise<Organization | null> | null {
    const id = organization.managingPartner?.id;
    return id ? ctx.loaders.organizationById.load(id) : null;
  }

  @FieldResolver(() => [OrganizationUser], { nullable: true, description: 'Reps only: the organization’s people.' })
  @Allow('REP')
  async users(@Root() organization: Row<Organization>, @Ctx() ctx: RequestContext): Promise<OrganizationUser[]> {
    const users: User[] = await ctx.loaders.usersByOrganization.load(organization.id);
    return users.map((u) => ({ id: u.id, email: u.email, role: u.role, activated: !!u.passwordHash, createdAt: u.createdAt }));
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Reps only: orders in which it is the partner or the customer.' })
  @Allow('REP')
  orderCount(@Root() organization: Row<Organization>, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.orderCountByOrganization.load(organization.id);
  }

  @FieldResolver(() => [AuditEntry], { nullable: true, description: 'Reps only: the corrections made to it.' })
  @Allow('REP')
  auditTrail(@Root() organization: Row<Organization>, @Ctx() ctx: RequestContext) {
    return ctx.loaders.auditByTarget.load(`Organization:${organization.id}`);
  }
}
