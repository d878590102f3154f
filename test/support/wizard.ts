import { SYSTEM_ACTOR } from '../../server/common/tx-scope.js';
import { Order } from '../../server/orders/order.entity.js';
import type { LinkAudience } from '../../server/setup/setup-enums.js';
import type { TestApp } from './app.js';
import { createApiKey, orderInput, unique } from './factories.js';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from './generated/index.js';

/*
 * The wizard's documents, written out in full: `npm run codegen` checks them against
 * schema/schema.graphql and generates their types into ./generated (no text is built at run time).
 */
graphql(`
  fragment TestSession on SetupSession {
    id
    nextStep
    completedSteps
    role
    owner
    recipientEmail
    customerAdministratorEmail
    missingSettings
    expiresAt
    partnerOrganization {
      id
      name
      kind
    }
    customerOrganization {
      id
      name
      kind
    }
    newPartnerOrganization {
      name
      country
    }
    newCustomerOrganization {
      name
      country
    }
    customerOrganizationCandidates {
      id
      name
      city
      country
      createdAt
      activeSubscriptionCount
    }
    subscription {
      id
      status
      billingStartedAt
      subdomain
      services {
        kind
        quantity
      }
    }
    order {
      id
      status
      customerOrganization {
        id
      }
    }
  }
`);

graphql(`
  fragment TestStepPayload on SetupSessionPayload {
    errors {
      code
      message
      field
    }
    session {
      ...TestSession
    }
  }
`);

export const PLACE_ORDER = graphql(`
  mutation TestPlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      errors {
        code
      }
      order {
        id
      }
    }
  }
`);

export const START_SETUP = graphql(`
  mutation TestStartSetup($input: StartSetupInput!) {
    startSetup(input: $input) {
      sessionToken
      ...TestStartSetupPayload
    }
  }
`);

graphql(`
  fragment TestStartSetupPayload on StartSetupPayload {
    errors {
      code
      message
      field
    }
    session {
      ...TestSession
    }
  }
`);

export const SETUP_SESSION = graphql(`
  query TestSetupSession {
    setupSession {
      ...TestSession
    }
  }
`);

/** The wizard's mutations, each taking `input` (docs/integrators.md). */
export const STEP_DOCUMENTS = {
  chooseRole: graphql(`
    mutation TestChooseRole($input: ChooseRoleInput!) {
      chooseRole(input: $input) {
        ...TestStepPayload
      }
    }
  `),
  chooseSetupOwner: graphql(`
    mutation TestChooseSetupOwner($input: ChooseSetupOwnerInput!) {
      chooseSetupOwner(input: $input) {
        ...TestStepPayload
      }
    }
  `),
  createPartnerOrganization: graphql(`
    mutation TestCreatePartnerOrganization($input: CreatePartnerOrganizationInput!) {
      createPartnerOrganization(input: $input) {
        ...TestStepPayload
      }
    }
  `),
  reviewPartnerOrganization: graphql(`
    mutation TestReviewPartnerOrganization($input: ReviewInput!) {
      reviewPartnerOrganization(input: $input) {
        ...TestStepPayload
      }
    }
  `),
  setCustomerAdministrator: graphql(`
    mutation TestSetCustomerAdministrator($input: SetCustomerAdministratorInput!) {
      setCustomerAdministrator(input: $input) {
        ...TestStepPayload
      }
    }
  `),
  confirmCustomerOrganization: graphql(`
    mutation TestConfirmCustomerOrganization($input: ConfirmCustomerOrganizationInput!) {
      confirmCustomerOrganization(input: $input) {
        ...TestStepPayload
      }
    }
  `),
  verifyCustomerOrganization: graphql(`
    mutation TestVerifyCustomerOrganization($input: ReviewInput!) {
      verifyCustomerOrganization(input: $input) {
        ...TestStepPayload
      }
    }
  `),
  completeOrderSetup: graphql(`
    mutation TestCompleteOrderSetup($input: CompleteOrderSetupInput!) {
      completeOrderSetup(input: $input) {
        ...TestStepPayload
      }
    }
  `),
  setPassword: graphql(`
    mutation TestSetPassword($input: SetPasswordInput!) {
      setPassword(input: $input) {
        ...TestStepPayload
      }
    }
  `),
  saveCallingSettings: graphql(`
    mutation TestSaveCallingSettings($input: CallingSettingsInput!) {
      saveCallingSettings(input: $input) {
        ...TestStepPayload
      }
    }
  `),
  saveMeetingSettings: graphql(`
    mutation TestSaveMeetingSettings($input: MeetingSettingsInput!) {
      saveMeetingSettings(input: $input) {
        ...TestStepPayload
      }
    }
  `),
  saveEnterpriseSettings: graphql(`
    mutation TestSaveEnterpriseSettings($input: EnterpriseSettingsInput!) {
      saveEnterpriseSettings(input: $input) {
        ...TestStepPayload
      }
    }
  `),
  provisionSubscription: graphql(`
    mutation TestProvisionSubscription($input: ProvisionInput!) {
      provisionSubscription(input: $input) {
        ...TestStepPayload
      }
    }
  `),
};

export type StepName = keyof typeof STEP_DOCUMENTS;

export const PARTNER_ORGANIZATION = { name: 'Rossi Networks', country: 'IT', address: 'Via Roma 1', city: 'Milano', postalCode: '20100' };
export const CUSTOMER_ORGANIZATION = { name: 'Acme Italia', country: 'IT', address: 'Corso Buenos Aires 10', city: 'Milano', postalCode: '20124' };
export const CALLING = {
  locationName: 'Sede Milano',
  address: 'Corso Buenos Aires 10',
  city: 'Milano',
  postalCode: '20124',
  country: 'IT',
  timeZone: 'Europe/Rome',
  announcementLanguage: 'it',
  emailLanguage: 'it',
  mainNumber: '+390212345678',
};
export const MEETINGS = { siteName: 'acme-italia', timeZone: 'Europe/Rome', language: 'it' };
export const STRONG_PASSWORD = 'Webex-setup-2026!';

export class Wizard {
  constructor(private readonly app: TestApp) {}

  /** Places an order through intake and issues its Set up now link; returns the order id and the link's token. */
  async orderWithLink(
    overrides: Record<string, unknown> = {},
    recipient?: string,
    intakeKey?: string,
  ): Promise<{ orderId: string; token: string; ccwOrderNumber: string }> {
    // A key reads and changes only the orders it placed: pass the test's own key to use it on the order.
    const key = intakeKey ?? (await createApiKey(this.app.em(), ['orders:write']));
    const input = orderInput(overrides);
    const placed = await this.app.gql<ResultOf<typeof PLACE_ORDER>>(String(PLACE_ORDER), { input }, key);
    const orderId = placed.data!.placeOrder.order!.id;
    const token = await this.issueLink(orderId, recipient ?? input.provisioningContactEmail);
    return { orderId, token, ccwOrderNumber: input.ccwOrderNumber };
  }

  async issueLink(orderId: string, recipient: string, audience?: LinkAudience): Promise<string> {
    return this.app.orm.em.fork().transactional(async (em) => {
      const order = await em.findOneOrFail(Order, orderId);
      const issued = await this.app.services.links.issueSetupLink({ em, actor: SYSTEM_ACTOR, now: this.app.clock.now() }, order, recipient, { audience });
      return issued.token;
    });
  }

  async start(token: string): Promise<{ sessionToken: string; session: any; errors: any[] }> {
    const { data, errors } = await this.app.gql(String(START_SETUP), { input: { token } });
    if (errors) throw new Error(JSON.stringify(errors));
    return data.startSetup;
  }

  async step(sessionToken: string, name: StepName, input: Record<string, unknown> = {}): Promise<{ session: any; errors: any[] }> {
    const { data, errors } = await this.app.gql(String(STEP_DOCUMENTS[name]), { input }, sessionToken);
    if (errors) throw new Error(JSON.stringify(errors));
    return data[name];
  }

  /** A step that must succeed; returns the session after it. */
  async ok(sessionToken: string, name: StepName, input: Record<string, unknown> = {}): Promise<any> {
    const payload = await this.step(sessionToken, name, input);
    if (payload.errors.length) throw new Error(`${name} failed: ${JSON.stringify(payload.errors)}`);
    return payload.session;
  }

  async session(sessionToken: string): Promise<any> {
    const { data } = await this.app.gql(String(SETUP_SESSION), {}, sessionToken);
    return data.setupSession;
  }

  /** From a fresh link to REVIEW_ORDER on the partner's SELF path, creating a new customer organization. */
  async toReview(token: string, customerAdministrator = `it-admin-${unique('')}@acme.example`.toLowerCase()): Promise<string> {
    const { sessionToken, session } = await this.start(token);
    await this.ok(sessionToken, 'chooseRole', { role: 'PARTNER' });
    const afterOwner = await this.ok(sessionToken, 'chooseSetupOwner', { owner: 'SELF' });
    if (afterOwner.nextStep === 'CREATE_PARTNER_ORGANIZATION') await this.ok(sessionToken, 'createPartnerOrganization', PARTNER_ORGANIZATION);
    else await this.ok(sessionToken, 'reviewPartnerOrganization', { recognized: true });
    const afterAdmin = await this.ok(sessionToken, 'setCustomerAdministrator', { email: customerAdministrator });
    if (afterAdmin.nextStep === 'VERIFY_CUSTOMER_ORGANIZATION') await this.ok(sessionToken, 'verifyCustomerOrganization', { recognized: true });
    else await this.ok(sessionToken, 'confirmCustomerOrganization', { newOrganization: CUSTOMER_ORGANIZATION });
    expect(session.nextStep).toBe('CHOOSE_ROLE');
    return sessionToken;
  }
}
