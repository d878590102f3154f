import type { EntityManager } from '@mikro-orm/postgresql';
import { Rep } from '../auth/rep.entity.js';
import { userError, UserErrorCode } from '../common/errors.js';
import type { Order } from '../orders/order.entity.js';
import { SetupRole } from '../setup/setup-enums.js';
import type { SetupLink } from '../setup/setup-link.entity.js';
import type { SetupSession } from '../setup/setup-session.entity.js';
import { Organization, OrganizationKind } from './organization.entity.js';
import { User } from './user.entity.js';

/**
 * The organization directory: which organization an order's partner is, which customer organization
 * an administrator's email already belongs to (one user, one organization), and the candidates the
 * wizard offers. The wizard and the console's reassign action read organizations through here.
 */

export const ONE_ORGANIZATION = 'A user can belong to only one Webex organization at a time.';

/** The order's partner organization: the one a rep assigned, else the one of its CCW account. */
export async function partnerOrganizationOf(em: EntityManager, order: Order): Promise<Organization | null> {
  if (order.partnerOrganization) return em.findOne(Organization, order.partnerOrganization.id);
  return em.findOne(Organization, { kind: OrganizationKind.PARTNER, partnerAccountId: order.partnerAccountId });
}

/**
 * The customer organization an administrator email already belongs to (undefined: nobody has it).
 * One user, one organization: a partner organization's user is refused; on the partner's path, so
 * is a user of a customer organization this partner does not manage (the partner must not see it).
 */
export async function customerOrganizationOf(
  em: EntityManager,
  email: string,
  partnerPath: { partnerOrganizationId: string | null } | null,
  field: string[],
): Promise<string | undefined> {
  // One answer for every address the caller may not use (a partner's, another partner's customer's,
  // a Cisco rep's): the message must not tell a setup session which of them it is.
  const refused = () =>
    userError(
      UserErrorCode.USER_IN_ANOTHER_ORGANIZATION,
      `${email} already belongs to a Webex organization that you do not manage. ${ONE_ORGANIZATION} Choose The customer will set up, or contact your Cisco representative.`,
      field,
    );
  const user = await em.findOne(User, { email }, { populate: ['organization'] });
  if (!user) {
    if (await em.findOne(Rep, { email })) throw refused();
    return undefined;
  }
  const organization = user.organization.getEntity();
  if (organization.kind === OrganizationKind.PARTNER) throw refused();
  if (partnerPath && (!partnerPath.partnerOrganizationId || organization.managingPartner?.id !== partnerPath.partnerOrganizationId)) throw refused();
  return organization.id;
}

/**
 * Organizations to suggest at CONFIRM_CUSTOMER_ORGANIZATION: by the first five letters of the
 * customer's name and by users with the administrator's email domain. On the partner's path only
 * organizations that partner manages are shown (tenants never see each other); on the customer's
 * own path, those its colleagues (same email domain) belong to.
 */
export async function candidateOrganizations(em: EntityManager, session: SetupSession, order: Order, link: SetupLink): Promise<Organization[]> {
  const email = session.draft.customerAdministrator?.email ?? link.recipientEmail;
  const domain = email.split('@')[1] ?? '';
  const partnerId = session.draft.owner?.partnerOrganizationId ?? null;
  if (session.role !== SetupRole.CUSTOMER && !partnerId) return [];
  const rows: { id: string }[] = await em.getConnection().execute(
    `select o.id from organization o
      where o.kind = 'CUSTOMER'
        and (${session.role === SetupRole.CUSTOMER ? 'false' : 'o.managing_partner_id = ? and lower(left(o.name, 5)) = ?'}
             or exists (select 1 from app_user u where u.organization_id = o.id and split_part(u.email, '@', 2) = ?))
        ${session.role === SetupRole.CUSTOMER ? '' : 'and o.managing_partner_id = ?'}
      order by o.created_at, o.id limit 10`,
    session.role === SetupRole.CUSTOMER ? [domain] : [partnerId, order.customerName.slice(0, 5).toLowerCase(), domain, partnerId],
    'all',
    em.getTransactionContext(),
  );
  return rows.length ? em.find(Organization, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' } }) : [];
}
