import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrderLifecycle } from '../orders/order-lifecycle.js';
import { OrderStatus } from '../orders/order-status.js';
import { HoldReason } from '../orders/order-transitioned.js';
import { accountsOf, addressHeldElsewhere, ONE_ORGANIZATION, partnerOrganizationOf } from './organization-directory.js';
import { Organization, OrganizationKind } from '../organizations/organization.entity.js';
import { User, UserRole } from '../organizations/user.entity.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { SetupRole, SetupStep } from './setup-enums.js';
import type { SetupLinkService } from './setup-link.service.js';
import type { StepScope } from './step-scope.js';

/**
 * Step 8, the point of no return, as its own unit: in the step's transaction it creates or links the
 * organizations and users, the partner's access (unless the customer sets up itself), the PENDING
 * subscription and the activation links, and moves the order to SET_UP (whose transition settles
 * the overdue escalation). The wizard's step machinery (setup.service.ts) locks and checks first.
 */
export class OrderSetupCompletion {
  constructor(
    private readonly links: SetupLinkService,
    private readonly lifecycle: OrderLifecycle,
  ) {}

  async complete(scope: StepScope): Promise<SetupStep> {
    const { em, session, order, link, now } = scope;
    const draft = session.draft;
    const customerPath = session.role === SetupRole.CUSTOMER;
    const created: string[] = [];
    const administratorEmail = draft.customerAdministrator!.email;
    const existingId = draft.customerAdministrator?.organizationId ?? draft.customerOrganization?.candidateId;
    // The address's accounts (its user, a rep), read once, before anything is created: whether the address is held
    // elsewhere, and whether the administrator is created or already there.
    const accounts = await accountsOf(em, administratorEmail);

    // Step 6 told the partner nothing about the administrator's address (#23 item 2). If it belongs to
    // someone else's organization or to a rep, nothing is created: the order goes on hold and a rep
    // sorts it out with the partner (the wizard says only that a rep will be in touch).
    const heldElsewhere = !customerPath && addressHeldElsewhere(accounts, existingId);
    if (heldElsewhere) {
      await this.lifecycle.transition(scope, order, OrderStatus.ON_HOLD, {
        action: 'order.on_hold',
        hold: HoldReason.UNRECOGNIZED_CUSTOMER_ORGANIZATION,
        after: { reason: 'CUSTOMER_ADMINISTRATOR_ADDRESS_IN_USE', customerAdministrator: administratorEmail },
      });
      return SetupStep.ON_HOLD;
    }

    // The rows this step creates are built outside the unit of work (`persist: false`) and inserted together below,
    // one statement per table (`insertCreated`), so that the reads in between never flush half of them.
    const organizations: Organization[] = [];
    const users: User[] = [];

    // The partner organization (partner path only): the one reviewed, or a new one.
    let partner: Organization | null = null;
    let walker: User | null = null;
    if (!customerPath) {
      if (draft.owner?.partnerOrganizationId) {
        partner = await em.findOneOrFail(Organization, draft.owner.partnerOrganizationId);
      } else {
        partner = em.create(
          Organization,
          {
            kind: OrganizationKind.PARTNER,
            ...draft.newPartnerOrganization!,
            partnerAccountId: order.partnerAccountId,
            createdAt: now,
            updatedAt: now,
          },
          { persist: false },
        );
        // The person walking the wizard becomes its first administrator (password at the next step).
        // On a link sent to a shared address (orders@), the person gave their own address (the alias rule).
        walker = em.create(
          User,
          { organization: partner, email: draft.owner?.walkerEmail ?? link.recipientEmail, role: UserRole.ADMIN, createdAt: now },
          { persist: false },
        );
        organizations.push(partner);
        users.push(walker);
        created.push(`partner organization ${partner.id}`, `user ${walker.email}`);
      }
    }

    // The customer organization: the one verified, the candidate picked, or a new one.
    let customer: Organization;
    if (existingId) {
      customer = await em.findOneOrFail(Organization, existingId);
    } else {
      customer = em.create(
        Organization,
        {
          kind: OrganizationKind.CUSTOMER,
          ...draft.customerOrganization!.newOrganization!,
          managingPartner: customerPath || !partner ? undefined : partner,
          createdAt: now,
          updatedAt: now,
        },
        { persist: false },
      );
      organizations.push(customer);
      created.push(`customer organization ${customer.id}`);
    }
    if (!customerPath && existingId && customer.managingPartner && customer.managingPartner.id !== partner!.id) {
      // Another partner manages it now: a rep transferred it after this wizard chose it (the transfer waits for a live
      // wizard that names it, so only one that ran alongside the choice gets here). Never taken back silently.
      throw userError(
        UserErrorCode.INVALID_INPUT,
        `${customer.name} is managed by another partner now: go back and choose the customer organization again`,
        undefined,
        { reason: 'OTHER_PARTNER', name: customer.name },
      );
    }
    if (customerPath && customer.managingPartner) {
      // The customer sets up its own services: the ordering partner keeps no access to its organization.
      // Another partner that manages it keeps doing so: an organization changes partner only by that
      // partner's or a rep's act, never through another tenant's order (#22).
      const ordering = await partnerOrganizationOf(em, order);
      if (ordering && customer.managingPartner.id === ordering.id) {
        customer.managingPartner = undefined;
        customer.updatedAt = now;
      }
    }

    // The customer administrator: already in this organization, or created now. (Step 6 refuses the walker's own
    // address; were it given, the walker created above is that user, in another organization.)
    const administrator = accounts.user ?? (walker?.email === administratorEmail ? walker : null);
    if (administrator && administrator.organization.id !== customer.id) {
      throw userError(UserErrorCode.USER_IN_ANOTHER_ORGANIZATION, `${administratorEmail} already belongs to another Webex organization. ${ONE_ORGANIZATION}`);
    }
    let newAdministrator: User | null = null;
    if (!administrator) {
      newAdministrator = em.create(User, { organization: customer, email: administratorEmail, role: UserRole.ADMIN, createdAt: now }, { persist: false });
      users.push(newAdministrator);
      created.push(`user ${administratorEmail}`);
    }
    if (customerPath) walker = administrator ?? newAdministrator;

    const subscription = em.create(Subscription, { order, customerOrganization: customer, services: order.services, createdAt: now }, { persist: false });

    // Inserted now, so a lost race (unique email, one subscription per order) fails before the emails are queued.
    await insertCreated(em, [organizations, users, [subscription]]);

    if (!customerPath && existingId && customer.managingPartner?.id !== partner!.id) {
      // A rep may have pointed the order at an organization no partner managed yet.
      customer.managingPartner = em.getReference(Organization, partner!.id, { wrapped: true });
      customer.updatedAt = now;
    }
    // The session and the order are written once, by the step's end (endStep, with the step's other changes to them).
    if (!customerPath && !draft.owner?.partnerOrganizationId) session.createdOrganization = em.getReference(Organization, partner!.id, { wrapped: true });
    if (customerPath && !existingId) session.createdOrganization = em.getReference(Organization, customer.id, { wrapped: true });
    order.customerOrganization = em.getReference(Organization, customer.id, { wrapped: true });
    if (partner) order.partnerOrganization = em.getReference(Organization, partner.id, { wrapped: true });
    if (customerPath) order.customerSelfSetup = true;
    if (walker) session.user = em.getReference(User, walker.id, { wrapped: true });
    scope.held = { subscription, organization: customer };

    // A customer administrator created by a partner activates the account by email.
    if (newAdministrator && !customerPath) {
      await this.links.issueActivationLink(scope, order, newAdministrator, customer.name);
    } else if (newAdministrator && customerPath && existingId) {
      // The customer joined an existing organization: no password step here, so an activation email.
      await this.links.issueActivationLink(scope, order, newAdministrator, customer.name);
    }

    // The overdue escalation, if any, closes itself with the reason on record (a side effect of SET_UP).
    await this.lifecycle.transition(scope, order, OrderStatus.SET_UP, {
      action: 'order.set_up',
      setUpBy: link.recipientEmail,
      after: {
        partnerOrganizationId: partner?.id ?? null,
        customerOrganizationId: customer.id,
        customerAdministrator: administratorEmail,
        subscriptionId: subscription.id,
        customerSelfSetup: order.customerSelfSetup,
        created,
      },
    });
    const needsPassword = customerPath ? !existingId : !draft.owner?.partnerOrganizationId;
    return needsPassword ? SetupStep.SET_PASSWORD : SetupStep.SERVICE_SETUP;
  }
}

/**
 * The rows a step created outside the unit of work, inserted one statement per table in the order given (a table's
 * rows may reference each other: a new customer organization its new managing partner, which the unit of work would
 * write as an insert and then an update), then held as managed, unchanged entities, as a flush leaves them.
 */
async function insertCreated(em: EntityManager, tables: readonly (readonly object[])[]): Promise<void> {
  for (const rows of tables) {
    if (!rows.length) continue;
    await em.insertMany([...rows]);
    for (const row of rows) em.merge(row);
  }
}
