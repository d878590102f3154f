import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isOrgAdmin, isRep, ViewerKind, type Viewer } from '../auth/viewer.js';
import { Organization } from '../organizations/organization.entity.js';
import type { Order } from './order.entity.js';

/**
 * Which orders a viewer may read: reps and API keys every order; a partner's administrator the
 * orders mapped to its organization and, among those not mapped to any partner organization yet
 * (before step 8), those its CCW account placed: once mapped, the mapping decides, so an order a rep
 * mapped or transferred to another partner (`subscriptions/organization-transfer.ts`) leaves the
 * placing account's partner; a customer's administrator its
 * organization's orders; anyone else none (`null`). Written once, here, and used both as an ORM
 * condition (`orderVisibilityFilter`) and in SQL (`orderVisibilitySql` with `orderVisibilityParams`).
 */
export interface OrderVisibility {
  everything: boolean;
  partnerOrganizationId: string | null;
  partnerAccountId: string | null;
  customerOrganizationId: string | null;
}

const NONE = { everything: false, partnerOrganizationId: null, partnerAccountId: null, customerOrganizationId: null };

export async function orderVisibility(viewer: Viewer | null, em: EntityManager): Promise<OrderVisibility | null> {
  if (!viewer) return null;
  if (isRep(viewer) || viewer.kind === ViewerKind.API_KEY) return { ...NONE, everything: true };
  if (!isOrgAdmin(viewer) || !viewer.organizationId) return null;
  if (viewer.kind === ViewerKind.CUSTOMER_ADMIN) return { ...NONE, customerOrganizationId: viewer.organizationId };
  // The partner's CCW account: on the viewer when authentication read it, else from its organization.
  if (viewer.partnerAccountId !== undefined) {
    return { ...NONE, partnerOrganizationId: viewer.organizationId, partnerAccountId: viewer.partnerAccountId };
  }
  const organization = await em.findOne(Organization, viewer.organizationId);
  if (!organization) return null;
  return { ...NONE, partnerOrganizationId: organization.id, partnerAccountId: organization.partnerAccountId ?? null };
}

/** The rule as an ORM condition on `Order`. */
export function orderVisibilityFilter(visibility: OrderVisibility): FilterQuery<Order> {
  if (visibility.everything) return {};
  const any: FilterQuery<Order>[] = [];
  if (visibility.partnerOrganizationId) any.push({ partnerOrganization: visibility.partnerOrganizationId });
  if (visibility.partnerAccountId) any.push({ partnerAccountId: visibility.partnerAccountId, partnerOrganization: null });
  if (visibility.customerOrganizationId) any.push({ customerOrganization: visibility.customerOrganizationId });
  return any.length === 1 ? any[0] : { $or: any };
}

/**
 * The rule as SQL on `customer_order <alias>`, with four parameters from `$<first>` on, in the order
 * `orderVisibilityParams` gives them. A null parameter matches nothing.
 */
export function orderVisibilitySql(alias: string, first: number): string {
  const p = (n: number) => `$${first + n}`;
  return `(${p(0)}::boolean or ${alias}.partner_organization_id = ${p(1)}::uuid or (${alias}.partner_account_id = ${p(2)} and ${alias}.partner_organization_id is null) or ${alias}.customer_organization_id = ${p(3)}::uuid)`;
}

export function orderVisibilityParams(visibility: OrderVisibility): [boolean, string | null, string | null, string | null] {
  return [visibility.everything, visibility.partnerOrganizationId, visibility.partnerAccountId, visibility.customerOrganizationId];
}
