import { hashPassword, passwordProblem } from '../auth/passwords.js';
import { Rep } from '../auth/rep.entity.js';
import { userError, UserErrorCode } from '../common/errors.js';
import { InputValidator } from '../common/validation.js';
import type { OrderLifecycle } from '../orders/order-lifecycle.js';
import { OrderStatus } from '../orders/order-status.js';
import { HoldReason } from '../orders/order-transitioned.js';
import { candidateOrganizations, customerOrganizationOf, ONE_ORGANIZATION, partnerOrganizationOf } from './organization-directory.js';
import { User } from '../organizations/user.entity.js';
import type { OrderSetupCompletion } from './order-setup-completion.js';
import { LinkAudience, SetupOwner, SetupRole, SetupStep } from './setup-enums.js';
import type { SetupLinkService } from './setup-link.service.js';
import type { OrganizationDetails } from './setup-session.entity.js';
import { isSharedAddress } from './shared-addresses.js';
import type { StepScope } from './step-scope.js';

/**
 * The wizard's steps 3–9, one handler each, in a table from step to handler. A handler checks its
 * input first (a mistake is a user error before anything is locked; slow preparation such as a password
 * hash happens here too) and returns the step's work: what
 * it does in the step's transaction, with the session, the order and the link locked and loaded, and
 * which step comes next. Opening a session (step 2), the transaction, the checks every step shares,
 * the Back rule and the step's audit event are `SetupService.runStep`'s; step 8's creations are
 * `OrderSetupCompletion`'s; the service setup after step 8 is `ServiceSetupService`'s.
 */

export interface OrganizationDetailsInput {
  name: string;
  country: string;
  address: string;
  city: string;
  postalCode: string;
}

/** What each step's mutation carries. */
export interface StepInputs {
  [SetupStep.CHOOSE_ROLE]: { role: SetupRole };
  [SetupStep.CHOOSE_SETUP_OWNER]: { owner: SetupOwner; email?: string | null; yourEmail?: string | null };
  [SetupStep.CREATE_PARTNER_ORGANIZATION]: OrganizationDetailsInput;
  [SetupStep.REVIEW_PARTNER_ORGANIZATION]: { recognized: boolean };
  [SetupStep.CUSTOMER_ADMINISTRATOR]: { email: string };
  [SetupStep.CONFIRM_CUSTOMER_ORGANIZATION]: { candidateId?: string | null; newOrganization?: OrganizationDetailsInput | null };
  [SetupStep.VERIFY_CUSTOMER_ORGANIZATION]: { recognized: boolean };
  [SetupStep.REVIEW_ORDER]: Record<string, never>;
  [SetupStep.SET_PASSWORD]: { password: string };
}

export type WizardStep = keyof StepInputs;

/** A step's work in its transaction; it answers the next step. */
export type StepWork = (scope: StepScope) => Promise<SetupStep>;

/** What the handlers use besides the scope. */
export interface StepDependencies {
  links: SetupLinkService;
  lifecycle: OrderLifecycle;
  completion: OrderSetupCompletion;
}

type StepHandler<S extends WizardStep> = (input: StepInputs[S], deps: StepDependencies) => StepWork | Promise<StepWork>;

function organizationDetails(v: InputValidator, prefix: string, input: OrganizationDetailsInput): OrganizationDetails {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  return {
    name: v.text(at('name'), input.name, { max: 200, label: 'The organization name' }),
    country: v.country(at('country'), input.country),
    address: v.text(at('address'), input.address, { max: 200, label: 'The address' }),
    city: v.text(at('city'), input.city, { max: 100, label: 'The city' }),
    postalCode: v.text(at('postalCode'), input.postalCode, {
      max: 20,
      label: 'The postal code',
      pattern: /^[A-Za-z0-9][A-Za-z0-9 -]*$/,
      patternHint: 'may contain only letters, digits, spaces and dashes',
    }),
  };
}

/** Not recognized: order on hold, an escalation for the reps, the session stops. */
async function hold(deps: StepDependencies, scope: StepScope, kind: HoldReason): Promise<SetupStep> {
  await deps.lifecycle.transition(scope, scope.order, OrderStatus.ON_HOLD, { action: 'order.on_hold', hold: kind, after: { reason: kind } });
  return SetupStep.ON_HOLD;
}

/** Step 3: "I am a partner" — or, on a link handed to the customer, the customer's own path. */
const chooseRole: StepHandler<SetupStep.CHOOSE_ROLE> =
  ({ role }) =>
  async ({ em, session, link }) => {
    const allowed = link.audience === LinkAudience.CUSTOMER ? SetupRole.CUSTOMER : SetupRole.PARTNER;
    if (role !== allowed) {
      throw userError(
        UserErrorCode.ROLE_NOT_ALLOWED,
        allowed === SetupRole.PARTNER
          ? 'This link was sent to the partner. Choose I am a partner.'
          : 'This link was sent to the customer administrator. Choose I am the customer.',
        ['input', 'role'],
        { reason: allowed === SetupRole.PARTNER ? 'PARTNER_LINK' : 'CUSTOMER_LINK' },
      );
    }
    session.role = role;
    if (role === SetupRole.PARTNER) return SetupStep.CHOOSE_SETUP_OWNER;
    // The customer's own path: the administrator is the link's recipient.
    const organizationId = await customerOrganizationOf(em, link.recipientEmail, null, ['input', 'role']);
    session.draft = { ...session.draft, customerAdministrator: { email: link.recipientEmail, organizationId } };
    return organizationId ? SetupStep.VERIFY_CUSTOMER_ORGANIZATION : SetupStep.CONFIRM_CUSTOMER_ORGANIZATION;
  };

/** Step 4: "Yes, I will set up", "Another person in my company will set up", or "The customer will set up". */
const chooseSetupOwner: StepHandler<SetupStep.CHOOSE_SETUP_OWNER> =
  ({ owner, email: rawEmail, yourEmail: rawYourEmail }, deps) =>
  async (scope) => {
    const { em, session, order, link } = scope;
    session.owner = owner;
    if (owner === SetupOwner.SELF) {
      const partner = await partnerOrganizationOf(em, order);
      if (!partner) {
        // The partner's first order: it creates its partner organization (at step 8), whose first
        // administrator is the person walking: on a link sent to a shared address (orders@), the
        // address they give as their own, never the alias (the source's alias rule).
        let walkerEmail = link.recipientEmail;
        if (isSharedAddress(link.recipientEmail)) {
          const v = new InputValidator();
          const given =
            rawYourEmail === null || rawYourEmail === undefined || rawYourEmail.trim() === ''
              ? (v.check(false, UserErrorCode.INVALID_INPUT, 'yourEmail', 'This link went to a shared address: enter your own email address', {
                  reason: 'OWN_EMAIL_REQUIRED',
                }),
                '')
              : v.email('yourEmail', rawYourEmail);
          v.check(!given || !isSharedAddress(given), UserErrorCode.INVALID_INPUT, 'yourEmail', 'Enter your own address, not a shared one', {
            reason: 'OWN_EMAIL_REQUIRED',
          });
          v.done();
          walkerEmail = given;
        }
        const existingUser = (await em.findOne(User, { email: walkerEmail })) ?? (await em.findOne(Rep, { email: walkerEmail }));
        if (existingUser) {
          throw userError(
            UserErrorCode.USER_IN_ANOTHER_ORGANIZATION,
            `${walkerEmail} already belongs to a Webex organization, so it cannot become the administrator of a new partner organization. ${ONE_ORGANIZATION}`,
            ['input', walkerEmail === link.recipientEmail ? 'owner' : 'yourEmail'],
          );
        }
        session.draft = { ...session.draft, owner: { walkerEmail } };
        return SetupStep.CREATE_PARTNER_ORGANIZATION;
      }
      session.draft = { ...session.draft, owner: { partnerOrganizationId: partner.id } };
      return SetupStep.REVIEW_PARTNER_ORGANIZATION;
    }

    const v = new InputValidator();
    const email =
      rawEmail === null || rawEmail === undefined || rawEmail.trim() === ''
        ? (v.check(false, UserErrorCode.INVALID_EMAIL, 'email', 'Enter the email address of the person who will set up'), '')
        : v.email('email', rawEmail);
    v.check(
      !email || email !== link.recipientEmail,
      UserErrorCode.INVALID_INPUT,
      'email',
      'That is your own address. Choose Yes, I will set up the services instead.',
    );
    v.done();

    if (owner === SetupOwner.CUSTOMER) {
      // Refuse now rather than after the customer has walked the wizard.
      await customerOrganizationOf(em, email, null, ['input', 'email']);
      order.customerSelfSetup = true;
    }
    // The new holder: resends go to them until a rep takes the order back (OrderService.takeBack).
    order.handedOverTo = email;
    await deps.lifecycle.transition(scope, order, OrderStatus.HANDED_OVER, {
      action: owner === SetupOwner.CUSTOMER ? 'setup.handed_to_customer' : 'setup.handed_to_colleague',
      before: { recipient: link.recipientEmail },
      after: { recipient: email, customerSelfSetup: order.customerSelfSetup },
    });
    // Every other link, this one included, is revoked with its sessions.
    await deps.links.issueSetupLink(scope, order, email, {
      audience: owner === SetupOwner.CUSTOMER ? LinkAudience.CUSTOMER : LinkAudience.PARTNER,
      revokeAllOthers: true,
      handedOverBy: link.recipientEmail,
    });
    return SetupStep.HANDED_OVER;
  };

/** Step 5, first order: the details that will create the partner organization. */
const createPartnerOrganization: StepHandler<SetupStep.CREATE_PARTNER_ORGANIZATION> = (input) => {
  const v = new InputValidator();
  const details = organizationDetails(v, '', input);
  v.done();
  return async ({ session }) => {
    session.draft = { ...session.draft, newPartnerOrganization: details };
    return SetupStep.CUSTOMER_ADMINISTRATOR;
  };
};

/** Step 5, existing organization: recognized goes on; not recognized puts the order on hold for a rep. */
const reviewPartnerOrganization: StepHandler<SetupStep.REVIEW_PARTNER_ORGANIZATION> =
  ({ recognized }, deps) =>
  async (scope) =>
    recognized ? SetupStep.CUSTOMER_ADMINISTRATOR : hold(deps, scope, HoldReason.UNRECOGNIZED_PARTNER_ORGANIZATION);

/** How many customer administrator addresses one Set up now link may enter, over all its sessions. */
export const CUSTOMER_ADMINISTRATOR_TRIES_PER_LINK = 10;

/** Step 6: the customer administrator's email; one user, one organization. */
const setCustomerAdministrator: StepHandler<SetupStep.CUSTOMER_ADMINISTRATOR> = (input) => {
  const v = new InputValidator();
  const email = v.email('email', input.email);
  v.done();
  return async ({ em, session, order, link }) => {
    const field = ['input', 'email'];
    if (session.draft.newPartnerOrganization && email === (session.draft.owner?.walkerEmail ?? link.recipientEmail)) {
      throw userError(
        UserErrorCode.USER_IN_ANOTHER_ORGANIZATION,
        `You will be the administrator of the new partner organization, so ${email} cannot also administer the customer organization. ${ONE_ORGANIZATION}`,
        field,
        // Not "an organization you do not manage": the partner organization does not exist yet (#27).
        { reason: 'ADMINISTERS_NEW_PARTNER' },
      );
    }
    // Each link may try a few addresses only (#23 item 2): the answer is neutral, and a cap keeps it a form, not an oracle.
    const [{ tried }] = await em.getConnection().execute<{ tried: number }[]>(
      `select count(*)::int as tried from audit_event a join setup_session s on a.target_id = s.id::text
          where a.target_type = 'SetupSession' and a.action = 'setup.customer_administrator' and s.link_id = ?`,
      [link.id],
      'all',
      em.getTransactionContext(),
    );
    if (tried >= CUSTOMER_ADMINISTRATOR_TRIES_PER_LINK) {
      throw userError(UserErrorCode.TOO_MANY_ATTEMPTS, 'Too many addresses were tried with this link. Contact your Cisco representative.', field);
    }
    const partnerId = session.draft.owner?.partnerOrganizationId ?? null;
    let organizationId = await customerOrganizationOf(em, email, { partnerOrganizationId: partnerId }, field);
    // A rep who resolved an unrecognized customer organization may have named the right one.
    organizationId ??= order.customerOrganization?.id;
    session.draft = { ...session.draft, customerAdministrator: { email, organizationId } };
    return organizationId ? SetupStep.VERIFY_CUSTOMER_ORGANIZATION : SetupStep.CONFIRM_CUSTOMER_ORGANIZATION;
  };
};

/** Step 7, new organization: pick one of the suggested organizations, or create a new one. */
const confirmCustomerOrganization: StepHandler<SetupStep.CONFIRM_CUSTOMER_ORGANIZATION> = (input) => {
  const v = new InputValidator();
  const both = !!input.candidateId === !!input.newOrganization;
  v.check(!both, UserErrorCode.INVALID_INPUT, 'candidateId', 'Choose one of the suggested organizations or enter a new one, not both');
  const newOrganization = !both && input.newOrganization ? organizationDetails(v, 'newOrganization', input.newOrganization) : undefined;
  v.done();
  return async ({ em, session, order, link }) => {
    if (input.candidateId) {
      const candidates = await candidateOrganizations(em, session, order, link);
      if (!candidates.some((c) => c.id === input.candidateId)) {
        throw userError(UserErrorCode.NOT_FOUND, 'That organization is not one of the suggestions', ['input', 'candidateId']);
      }
      session.draft = { ...session.draft, customerOrganization: { candidateId: input.candidateId } };
    } else {
      session.draft = { ...session.draft, customerOrganization: { newOrganization } };
    }
    return SetupStep.REVIEW_ORDER;
  };
};

/** Step 7, existing organization: recognized goes on; not recognized puts the order on hold for a rep. */
const verifyCustomerOrganization: StepHandler<SetupStep.VERIFY_CUSTOMER_ORGANIZATION> =
  ({ recognized }, deps) =>
  async (scope) =>
    recognized ? SetupStep.REVIEW_ORDER : hold(deps, scope, HoldReason.UNRECOGNIZED_CUSTOMER_ORGANIZATION);

/**
 * Step 8, the point of no return: "The order is now set up". One transaction creates or links the
 * organizations, the users, the partner's access (unless the customer sets up itself) and a PENDING
 * subscription (`OrderSetupCompletion`). The order row is locked first, so of two sessions completing
 * at once exactly one commits.
 */
const completeOrderSetup: StepHandler<SetupStep.REVIEW_ORDER> = (_input, deps) => (scope) => deps.completion.complete(scope);

/**
 * Step 9: the new organization's first administrator chooses a password. The hash (argon2id, tens of
 * milliseconds) is made before the step's transaction, so the session and order rows are not held locked
 * meanwhile.
 */
const setPassword: StepHandler<SetupStep.SET_PASSWORD> = async ({ password }) => {
  const problem = passwordProblem(password ?? '');
  if (problem) throw userError(UserErrorCode.PASSWORD_TOO_WEAK, `${problem}.`, ['input', 'password']);
  const passwordHash = await hashPassword(password);
  return async (scope) => {
    const { em, session, order, endAudit } = scope;
    const user = await em.findOneOrFail(User, session.user!.id);
    user.passwordHash = passwordHash;
    endAudit.push({ action: 'user.password_set', targetType: 'User', targetId: user.id, orderId: order.id });
    return SetupStep.SERVICE_SETUP;
  };
};

/** The table: each wizard step's handler. */
export const STEP_HANDLERS: { [S in WizardStep]: StepHandler<S> } = {
  [SetupStep.CHOOSE_ROLE]: chooseRole,
  [SetupStep.CHOOSE_SETUP_OWNER]: chooseSetupOwner,
  [SetupStep.CREATE_PARTNER_ORGANIZATION]: createPartnerOrganization,
  [SetupStep.REVIEW_PARTNER_ORGANIZATION]: reviewPartnerOrganization,
  [SetupStep.CUSTOMER_ADMINISTRATOR]: setCustomerAdministrator,
  [SetupStep.CONFIRM_CUSTOMER_ORGANIZATION]: confirmCustomerOrganization,
  [SetupStep.VERIFY_CUSTOMER_ORGANIZATION]: verifyCustomerOrganization,
  [SetupStep.REVIEW_ORDER]: completeOrderSetup,
  [SetupStep.SET_PASSWORD]: setPassword,
};
