/**
 * Every operation the portal sends, with the shapes it reads. Each document is written out here in
 * full (no text is assembled at run time); `npm run codegen` checks it against schema/schema.graphql
 * and generates its types into ./generated, which the types below are taken from.
 */
import { request } from './graphql';
import { graphql } from './generated';
import type * as G from './generated/graphql';

export type SetupStep = G.SetupStep;
export type SetupRole = G.SetupRole;
export type SetupOwner = G.SetupOwner;
export type ServiceKind = G.ServiceKind;
/** What provisioning still needs (the schema's MissingSetting). */
export type MissingSetting = G.MissingSetting;
/** A user error from the server, or one the portal makes itself (NETWORK, REQUIRED, MISMATCH…). */
export type UserError = Omit<G.PortalUserErrorFragment, 'code' | 'params'> & {
  code: G.UserErrorCode | (string & {});
  params?: G.PortalUserErrorFragment['params'];
};
export type ServiceLine = G.PortalSessionFragment['order']['services'][number];
export type Organization = G.PortalOrganizationFragment;
export type OrganizationDetails = G.PortalOrganizationDetailsFragment;
export type Candidate = G.PortalSessionFragment['customerOrganizationCandidates'][number];
export type Subscription = G.PortalSubscriptionFragment;
type FetchedSessionOrder = G.PortalSessionFragment['order'];
/** CCW's names for the partner and the customer prefill the wizard's new organizations; a session built after step 8 may lack them. */
export type SessionOrder = Omit<FetchedSessionOrder, 'partnerName' | 'customerName'> & Partial<Pick<FetchedSessionOrder, 'partnerName' | 'customerName'>>;
export type Session = Omit<G.PortalSessionFragment, 'missingSettings' | 'order'> & { missingSettings: MissingSetting[]; order: SessionOrder };

graphql(`
  fragment PortalUserError on UserError {
    code
    message
    field
    params
  }
`);

graphql(`
  fragment PortalOrganization on Organization {
    id
    kind
    name
    country
    address
    city
    postalCode
    createdAt
    activeSubscriptionCount
  }
`);

graphql(`
  fragment PortalSubscription on Subscription {
    id
    status
    subdomain
    billingStartedAt
    services {
      kind
      quantity
    }
    callingSettings {
      locationName
      address
      city
      postalCode
      country
      timeZone
      announcementLanguage
      emailLanguage
      mainNumber
    }
    meetingSettings {
      siteName
      timeZone
      language
    }
  }
`);

graphql(`
  fragment PortalOrganizationDetails on OrganizationDraft {
    name
    country
    address
    city
    postalCode
  }
`);

graphql(`
  fragment PortalSession on SetupSession {
    id
    nextStep
    completedSteps
    previousStep
    backSteps
    role
    owner
    recipientEmail
    recipientIsSharedAddress
    customerAdministratorEmail
    missingSettings
    expiresAt
    order {
      id
      ccwOrderNumber
      offer
      status
      locale
      requestedStartDate
      timeZone
      provisioningContactEmail
      partnerName
      customerName
      services {
        kind
        quantity
      }
    }
    partnerOrganization {
      ...PortalOrganization
    }
    customerOrganization {
      ...PortalOrganization
    }
    newPartnerOrganization {
      ...PortalOrganizationDetails
    }
    newCustomerOrganization {
      ...PortalOrganizationDetails
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
      ...PortalSubscription
    }
  }
`);

graphql(`
  fragment PortalStepPayload on SetupSessionPayload {
    session {
      ...PortalSession
    }
    subscription {
      ...PortalSubscription
    }
    errors {
      ...PortalUserError
    }
  }
`);

export interface StepPayload {
  session: Session | null;
  /** The service setup steps: the subscription acted on (also with a login token, where `session` is null). */
  subscription?: Subscription | null;
  errors: UserError[];
}

const START_SETUP = graphql(`
  mutation StartSetup($input: StartSetupInput!) {
    startSetup(input: $input) {
      sessionToken
      session {
        ...PortalSession
      }
      errors {
        ...PortalUserError
      }
    }
  }
`);

export async function startSetup(token: string): Promise<StepPayload & { sessionToken: string | null }> {
  return (await request(START_SETUP, { input: { token } })).startSetup as StepPayload & { sessionToken: string | null };
}

/** The wizard's mutations (docs/integrators.md), each taking `input` and answering with the session. */
export const STEP_DOCUMENTS = {
  chooseRole: graphql(`
    mutation ChooseRole($input: ChooseRoleInput!) {
      chooseRole(input: $input) {
        ...PortalStepPayload
      }
    }
  `),
  chooseSetupOwner: graphql(`
    mutation ChooseSetupOwner($input: ChooseSetupOwnerInput!) {
      chooseSetupOwner(input: $input) {
        ...PortalStepPayload
      }
    }
  `),
  createPartnerOrganization: graphql(`
    mutation CreatePartnerOrganization($input: CreatePartnerOrganizationInput!) {
      createPartnerOrganization(input: $input) {
        ...PortalStepPayload
      }
    }
  `),
  reviewPartnerOrganization: graphql(`
    mutation ReviewPartnerOrganization($input: ReviewInput!) {
      reviewPartnerOrganization(input: $input) {
        ...PortalStepPayload
      }
    }
  `),
  setCustomerAdministrator: graphql(`
    mutation SetCustomerAdministrator($input: SetCustomerAdministratorInput!) {
      setCustomerAdministrator(input: $input) {
        ...PortalStepPayload
      }
    }
  `),
  confirmCustomerOrganization: graphql(`
    mutation ConfirmCustomerOrganization($input: ConfirmCustomerOrganizationInput!) {
      confirmCustomerOrganization(input: $input) {
        ...PortalStepPayload
      }
    }
  `),
  verifyCustomerOrganization: graphql(`
    mutation VerifyCustomerOrganization($input: ReviewInput!) {
      verifyCustomerOrganization(input: $input) {
        ...PortalStepPayload
      }
    }
  `),
  completeOrderSetup: graphql(`
    mutation CompleteOrderSetup($input: CompleteOrderSetupInput!) {
      completeOrderSetup(input: $input) {
        ...PortalStepPayload
      }
    }
  `),
  setPassword: graphql(`
    mutation SetPassword($input: SetPasswordInput!) {
      setPassword(input: $input) {
        ...PortalStepPayload
      }
    }
  `),
  saveCallingSettings: graphql(`
    mutation SaveCallingSettings($input: CallingSettingsInput!) {
      saveCallingSettings(input: $input) {
        ...PortalStepPayload
      }
    }
  `),
  saveMeetingSettings: graphql(`
    mutation SaveMeetingSettings($input: MeetingSettingsInput!) {
      saveMeetingSettings(input: $input) {
        ...PortalStepPayload
      }
    }
  `),
  saveEnterpriseSettings: graphql(`
    mutation SaveEnterpriseSettings($input: EnterpriseSettingsInput!) {
      saveEnterpriseSettings(input: $input) {
        ...PortalStepPayload
      }
    }
  `),
  provisionSubscription: graphql(`
    mutation ProvisionSubscription($input: ProvisionInput!) {
      provisionSubscription(input: $input) {
        ...PortalStepPayload
      }
    }
  `),
};

export type StepMutation = keyof typeof STEP_DOCUMENTS;

/** A wizard step with the setup session's token, or a service setup step with a login token (input names `subscriptionId`). */
export async function runStep(name: StepMutation, input: Record<string, unknown>, token: string): Promise<StepPayload> {
  // The input is the form's values, checked by the server (a mistake comes back in `errors`).
  const document = STEP_DOCUMENTS[name] as G.TypedDocumentString<Record<string, G.PortalStepPayloadFragment>, { input: unknown }>;
  return (await request(document, { input }, token))[name] as StepPayload;
}

export type SubdomainAvailability = G.CheckSubdomainAvailabilityQuery['checkSubdomainAvailability'];

const CHECK_SUBDOMAIN = graphql(`
  query CheckSubdomainAvailability($subdomain: String!) {
    checkSubdomainAvailability(subdomain: $subdomain) {
      subdomain
      available
      reason
      message
    }
  }
`);

export async function checkSubdomainAvailability(subdomain: string, token: string): Promise<SubdomainAvailability> {
  return (await request(CHECK_SUBDOMAIN, { subdomain }, token)).checkSubdomainAvailability;
}

// ── Logged-in partner and customer administrators ──────────────────────────────────────────

graphql(`
  fragment PortalViewer on Viewer {
    id
    kind
    email
    organization {
      ...PortalOrganization
    }
  }
`);

export type Viewer = G.PortalViewerFragment;

export interface LoginPayload {
  token: string | null;
  expiresAt: string | null;
  viewer: Viewer | null;
  errors: UserError[];
}

const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      viewer {
        ...PortalViewer
      }
      errors {
        ...PortalUserError
      }
    }
  }
`);

export async function login(email: string, password: string): Promise<LoginPayload> {
  return (await request(LOGIN, { input: { email, password } })).login;
}

const ACTIVATE_ACCOUNT = graphql(`
  mutation ActivateAccount($input: ActivateAccountInput!) {
    activateAccount(input: $input) {
      token
      expiresAt
      viewer {
        ...PortalViewer
      }
      errors {
        ...PortalUserError
      }
    }
  }
`);

export async function activateAccount(token: string, password: string): Promise<LoginPayload> {
  return (await request(ACTIVATE_ACCOUNT, { input: { token, password } })).activateAccount;
}

const LOGOUT = graphql(`
  mutation Logout($input: LogoutInput!) {
    logout(input: $input) {
      errors {
        ...PortalUserError
      }
    }
  }
`);

export async function logout(token: string): Promise<void> {
  await request(LOGOUT, { input: {} }, token);
}

const VIEWER = graphql(`
  query Viewer {
    viewer {
      ...PortalViewer
    }
  }
`);

export async function viewer(token: string): Promise<Viewer | null> {
  return (await request(VIEWER, {}, token)).viewer;
}

const MY_ORDERS = graphql(`
  query MyOrders($first: Int, $after: String) {
    orders(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ccwOrderNumber
          offer
          status
          requestedStartDate
          timeZone
          locale
          provisioningContactEmail
          createdAt
          services {
            kind
            quantity
          }
          partnerOrganization {
            ...PortalOrganization
          }
          customerOrganization {
            ...PortalOrganization
          }
          subscription {
            ...PortalSubscription
            suspendedAt
            cancelledAt
            scheduledChanges {
              id
              kind
              effectiveAt
              services {
                kind
                quantity
              }
            }
          }
        }
      }
    }
  }
`);

export type OrderPage = G.MyOrdersQuery['orders'];
export type OrderRow = OrderPage['edges'][number]['node'];

export async function myOrders(token: string, after: string | null): Promise<OrderPage> {
  return (await request(MY_ORDERS, { first: 20, after }, token)).orders;
}

// ── Account recovery: "Forgot your password?" and new activation links ──────────────────────

const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      errors {
        ...PortalUserError
      }
    }
  }
`);

export async function requestPasswordReset(email: string, locale: string): Promise<{ errors: UserError[] }> {
  return (await request(REQUEST_PASSWORD_RESET, { input: { email, locale } })).requestPasswordReset;
}

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      token
      expiresAt
      viewer {
        ...PortalViewer
      }
      errors {
        ...PortalUserError
      }
    }
  }
`);

export async function resetPassword(token: string, password: string): Promise<LoginPayload> {
  return (await request(RESET_PASSWORD, { input: { token, password } })).resetPassword;
}

const REQUEST_ACTIVATION_LINK = graphql(`
  mutation RequestActivationLink($input: RequestActivationLinkInput!) {
    requestActivationLink(input: $input) {
      errors {
        ...PortalUserError
      }
    }
  }
`);

export async function requestActivationLink(token: string): Promise<{ errors: UserError[] }> {
  return (await request(REQUEST_ACTIVATION_LINK, { input: { token } })).requestActivationLink;
}

const REQUEST_SETUP_LINK = graphql(`
  mutation RequestSetupLink($input: RequestSetupLinkInput!) {
    requestSetupLink(input: $input) {
      errors {
        ...PortalUserError
      }
    }
  }
`);

export async function requestSetupLink(token: string): Promise<{ errors: UserError[] }> {
  return (await request(REQUEST_SETUP_LINK, { input: { token } })).requestSetupLink;
}

graphql(`
  fragment PortalOrganizationUser on OrganizationUser {
    id
    email
    role
    activated
    createdAt
  }
`);

export type OrganizationUser = G.PortalOrganizationUserFragment;

const ORGANIZATION_USERS = graphql(`
  query OrganizationUsers {
    organizationUsers {
      ...PortalOrganizationUser
    }
  }
`);

export async function organizationUsers(token: string): Promise<OrganizationUser[]> {
  return (await request(ORGANIZATION_USERS, {}, token)).organizationUsers;
}

const SEND_ACTIVATION_LINK = graphql(`
  mutation SendActivationLink($input: SendActivationLinkInput!) {
    sendActivationLink(input: $input) {
      user {
        ...PortalOrganizationUser
      }
      errors {
        ...PortalUserError
      }
    }
  }
`);

export async function sendActivationLink(token: string, userId: string): Promise<{ user: OrganizationUser | null; errors: UserError[] }> {
  return (await request(SEND_ACTIVATION_LINK, { input: { userId } }, token)).sendActivationLink;
}
