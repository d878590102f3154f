import type { EntityManager } from '@mikro-orm/postgresql';
import { Rep } from '../auth/rep.entity.js';
import { userError, UserErrorCode } from '../common/errors.js';
import type { Order } from '../orders/order.entity.js';
import { SetupRole } from './setup-enums.js';
import type { SetupLink } from './setup-link.entity.js';
import type { SetupSession } from './setup-session.entity.js';
import { Organization, OrganizationKind } from '../organizations/organization.entity.js';
import { User } from '../organizations/user.entity.js';

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
 * The customer organization an administrator email already belongs to (undefined: none the caller may
 * use). One user, one organization.
 * - The partner's path (step 6) never tells whether an address has an account elsewhere (#23 item 2):
 *   an address of a customer organization this partner manages answers that organization (VERIFY); the
 *   partner's own colleague is refused (its own tenant); any other address — unknown, a rep's, another
 *   tenant's — answers undefined alike, and step 8 puts the order on hold for a rep if the address
 *   turns out to be taken (`addressHeldElsewhere`), without saying by whom.
 * - The customer's own path (its own address, given by its partner at step 4): a partner's user or a
 *   rep is refused.
 */
export async function customerOrganizationOf(
  em: EntityManager,
  email: string,
  partnerPath: { partnerOrganizationId: string | null } | null,
  field: string[],
): Promise<string | undefined> {
  const refused = () =>
    userError(
      UserErrorCode.USER_IN_ANOTHER_ORGANIZATION,
      `${email} already belongs to a Webex organization that you do not manage. ${ONE_ORGANIZATION} Choose The customer will set up, or contact your Cisco representative.`,
      field,
    );
  const user = await em.findOne(User, { email }, { populate: ['organization'] });
  if (partnerPath) {
    if (!user) return undefined;
    const organization = user.organization.getEntity();
    const own = partnerPath.partnerOrganizationId;
    if (organization.kind === OrganizationKind.PARTNER && own && organization.id === own) throw refused();
    if (organization.kind === OrganizationKind.CUSTOMER && own && organization.managingPartner?.id === own) return organization.id;
    return undefined;
  }
  if (!user) {
    if (await em.findOne(Rep, { email })) throw refused();
    return undefined;
  }
  const organization = user.organization.getEntity();
  if (organization.kind === OrganizationKind.PARTNER) throw refused();
  return organization.id;
}

/** The accounts an address has: its user (a managed entity; null when none) and whether a rep has it. */
export interface AddressAccounts {
  user: User | null;
  rep: boolean;
}

/** The accounts of an address (its user, a rep), read in one statement. */
export async function accountsOf(em: EntityManager, email: string): Promise<AddressAccounts> {
  const [row] = await em
    .getConnection()
    .execute<{ u: object | null; rep: boolean }[]>(
      'select (select to_jsonb(u) from app_user u where u.email = ?) as u, exists (select 1 from rep r where r.email = ?) as rep',
      [email, email],
      'all',
      em.getTransactionContext(),
    );
  return { user: row.u ? em.map(User, row.u) : null, rep: row.rep };
}

/** Whether an address (its accounts, `accountsOf`) already has an account outside `organizationId`: a user of another organization, or a rep. */
export function addressHeldElsewhere(accounts: AddressAccounts, organizationId: string | undefined): boolean {
  if (accounts.user) return accounts.user.organization.id !== organizationId;
  return accounts.rep;
}

/**
 * Organizations to suggest at CONFIRM_CUSTOMER_ORGANIZATION: by the first five letters of the
 * customer's name and by users with the administrator's email domain, among the organizations the
 * order's partner manages only (tenants never see each other). The customer's own path suggests
 * nothing: an organization the person already belongs to is found by their address (VERIFY), and
 * joining one they are not a user of goes through a Cisco rep (who reassigns the order's organization
 * from the console), never by picking a name — a shared email domain (a webmail one, say) must not
 * hand anyone another tenant's organization (#22).
 */
export async function candidateOrganizations(em: EntityManager, session: SetupSession, order: Order, link: SetupLink): Promise<Organization[]> {
  if (session.role === SetupRole.CUSTOMER) return [];
  const email = session.draft.customerAdministrator?.email ?? link.recipientEmail;
  const domain = email.split('@')[1] ?? '';
  const partnerId = session.draft.owner?.partnerOrganizationId ?? null;
  if (!partnerId) return [];
  const rows: { id: string }[] = await em.getConnection().execute(
    `select o.id from organization o
      where o.kind = 'CUSTOMER' and o.managing_partner_id = ?
        and (lower(left(o.name, 5)) = ?
             or exists (select 1 from app_user u where u.organization_id = o.id and split_part(u.email, '@', 2) = ?))
      order by o.created_at, o.id limit 10`,
    [partnerId, order.customerName.slice(0, 5).toLowerCase(), domain],
    'all',
    em.getTransactionContext(),
  );
  return rows.length ? em.find(Organization, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' } }) : [];
}
