/**
 * Every operation the portal sends, with the shapes it reads. Only operations and fields of the
 * contract (../shared/API.md) and of schema/schema.graphql are used.
 */
import { graphql } from './graphql';

export type SetupStep =
  | 'CHOOSE_ROLE'
  | 'CHOOSE_SETUP_OWNER'
  | 'CREATE_PARTNER_ORGANIZATION'
  | 'REVIEW_PARTNER_ORGANIZATION'
  | 'CUSTOMER_ADMINISTRATOR'
  | 'CONFIRM_CUSTOMER_ORGANIZATION'
  | 'VERIFY_CUSTOMER_ORGANIZATION'
  | 'REVIEW_ORDER'
  | 'SET_PASSWORD'
  | 'SERVICE_SETUP'
  | 'DONE'
  | 'ON_HOLD'
  | 'HANDED_OVER';

export type SetupRole = 'PARTNER' | 'CUSTOMER';
export type SetupOwner = 'SELF' | 'COLLEAGUE' | 'CUSTOMER';
export type ServiceKind = 'MEETINGS' | 'CALLING' | 'MESSAGING' | 'WEBINARS';
export type MissingSetting = 'ENTERPRISE_SETTINGS' | 'CALLING_SETTINGS' | 'MEETING_SETTINGS';

export interface UserError {
  code: string;
  message: string;
  field: string[] | null;
}

export interface ServiceLine {
  kind: ServiceKind;
  quantity: number;
}

export interface Organization {
  id: string;
  kind?: 'PARTNER' | 'CUSTOMER';
  name: string;
  country: string | null;
  createdAt: string;
  activeSubscriptionCount: number;
}

export interface OrganizationDetails {
  name: string;
  country: string;
  address: string;
  city: string;
  postalCode: string;
}

export interface Candidate {
  id: string;
  name: string;
  createdAt: string;
  activeSubscriptionCount: number;
}

export interface Subscription {
  id: string;
  status: 'PENDING' | 'ACTIVE';
  subdomain: string | null;
  billingStartedAt: string | null;
  services: ServiceLine[];
}

export interface SessionOrder {
  id: string;
  ccwOrderNumber: string;
  offer: string;
  status: string;
  locale: string;
  requestedStartDate: string;
  timeZone: string;
  provisioningContactEmail: string;
  services: ServiceLine[];
}

export interface Session {
  id: string;
  nextStep: SetupStep;
  completedSteps: SetupStep[];
  /** The server's Back rule: where Back leads from the next step, and the steps it walks through. */
  previousStep: SetupStep | null;
  backSteps: SetupStep[];
  role: SetupRole | null;
  owner: SetupOwner | null;
  recipientEmail: string;
  customerAdministratorEmail: string | null;
  missingSettings: MissingSetting[];
  expiresAt: string;
  order: SessionOrder;
  partnerOrganization: Organization | null;
  customerOrganization: Organization | null;
  newPartnerOrganization: OrganizationDetails | null;
  newCustomerOrganization: OrganizationDetails | null;
  customerOrganizationCandidates: Candidate[];
  subscription: Subscription | null;
}

const ORGANIZATION = 'id kind name country createdAt activeSubscriptionCount';
const SUBSCRIPTION = 'id status subdomain billingStartedAt services { kind quantity }';
const DETAILS = 'name country address city postalCode';
const SESSION = `
  id nextStep completedSteps previousStep backSteps role owner recipientEmail customerAdministratorEmail missingSettings expiresAt
  order { id ccwOrderNumber offer status locale requestedStartDate timeZone provisioningContactEmail services { kind quantity } }
  partnerOrganization { ${ORGANIZATION} }
  customerOrganization { ${ORGANIZATION} }
  newPartnerOrganization { ${DETAILS} }
  newCustomerOrganization { ${DETAILS} }
  customerOrganizationCandidates { id name createdAt activeSubscriptionCount }
  subscription { ${SUBSCRIPTION} }
`;
const ERRORS = 'errors { code message field }';

export interface StepPayload {
  session: Session | null;
  /** The service setup steps: the subscription acted on (also with a login token, where `session` is null). */
  subscription?: Subscription | null;
  errors: UserError[];
}

export async function startSetup(token: string): Promise<StepPayload & { sessionToken: string | null }> {
  const data = await graphql<{ startSetup: StepPayload & { sessionToken: string | null } }>(
    `mutation StartSetup($input: StartSetupInput!) { startSetup(input: $input) { sessionToken session { ${SESSION} } ${ERRORS} } }`,
    { input: { token } },
  );
  return data.startSetup;
}

/** The wizard's mutations (API.md), each taking `input` and answering with the session. */
export const STEP_INPUTS = {
  chooseRole: 'ChooseRoleInput',
  chooseSetupOwner: 'ChooseSetupOwnerInput',
  createPartnerOrganization: 'CreatePartnerOrganizationInput',
  reviewPartnerOrganization: 'ReviewInput',
  setCustomerAdministrator: 'SetCustomerAdministratorInput',
  confirmCustomerOrganization: 'ConfirmCustomerOrganizationInput',
  verifyCustomerOrganization: 'ReviewInput',
  completeOrderSetup: 'CompleteOrderSetupInput',
  setPassword: 'SetPasswordInput',
  saveCallingSettings: 'CallingSettingsInput',
  saveMeetingSettings: 'MeetingSettingsInput',
  saveEnterpriseSettings: 'EnterpriseSettingsInput',
  provisionSubscription: 'ProvisionInput',
} as const;

export type StepMutation = keyof typeof STEP_INPUTS;

/** A wizard step with the setup session's token, or a service setup step with a login token (input names `subscriptionId`). */
export async function runStep(name: StepMutation, input: Record<string, unknown>, token: string): Promise<StepPayload> {
  const operation = name.charAt(0).toUpperCase() + name.slice(1);
  const data = await graphql<Record<string, StepPayload>>(
    `mutation ${operation}($input: ${STEP_INPUTS[name]}!) { ${name}(input: $input) { session { ${SESSION} } subscription { ${SUBSCRIPTION} } ${ERRORS} } }`,
    { input },
    token,
  );
  return data[name];
}

export interface SubdomainAvailability {
  subdomain: string;
  available: boolean;
  reason: string | null;
  message: string | null;
}

export async function checkSubdomainAvailability(subdomain: string, token: string): Promise<SubdomainAvailability> {
  const data = await graphql<{ checkSubdomainAvailability: SubdomainAvailability }>(
    `query CheckSubdomainAvailability($subdomain: String!) { checkSubdomainAvailability(subdomain: $subdomain) { subdomain available reason message } }`,
    { subdomain },
    token,
  );
  return data.checkSubdomainAvailability;
}

// ── Logged-in partner and customer administrators ──────────────────────────────────────────

export interface Viewer {
  id: string;
  kind: 'PARTNER_ADMIN' | 'CUSTOMER_ADMIN' | 'REP' | 'ADMIN' | 'API_KEY' | 'SETUP_SESSION';
  email: string | null;
  organization: Organization | null;
}

export interface LoginPayload {
  token: string | null;
  expiresAt: string | null;
  viewer: Viewer | null;
  errors: UserError[];
}

const VIEWER = `id kind email organization { ${ORGANIZATION} }`;

export async function login(email: string, password: string): Promise<LoginPayload> {
  const data = await graphql<{ login: LoginPayload }>(
    `mutation Login($input: LoginInput!) { login(input: $input) { token expiresAt viewer { ${VIEWER} } ${ERRORS} } }`,
    { input: { email, password } },
  );
  return data.login;
}

export async function activateAccount(token: string, password: string): Promise<LoginPayload> {
  const data = await graphql<{ activateAccount: LoginPayload }>(
    `mutation ActivateAccount($input: ActivateAccountInput!) { activateAccount(input: $input) { token expiresAt viewer { ${VIEWER} } ${ERRORS} } }`,
    { input: { token, password } },
  );
  return data.activateAccount;
}

export async function logout(token: string): Promise<void> {
  await graphql(`mutation Logout($input: LogoutInput!) { logout(input: $input) { ${ERRORS} } }`, { input: {} }, token);
}

export async function viewer(token: string): Promise<Viewer | null> {
  return (await graphql<{ viewer: Viewer | null }>(`query Viewer { viewer { ${VIEWER} } }`, {}, token)).viewer;
}

export interface OrderRow {
  id: string;
  ccwOrderNumber: string;
  offer: string;
  status: string;
  requestedStartDate: string;
  timeZone: string;
  locale: string;
  provisioningContactEmail: string;
  services: ServiceLine[];
  createdAt: string;
  partnerOrganization: Organization | null;
  customerOrganization: Organization | null;
  subscription: Subscription | null;
}

export interface OrderPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: OrderRow }[];
}

export async function myOrders(token: string, after: string | null): Promise<OrderPage> {
  const data = await graphql<{ orders: OrderPage }>(
    `query MyOrders($first: Int, $after: String) {
      orders(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node {
          id ccwOrderNumber offer status requestedStartDate timeZone locale provisioningContactEmail createdAt
          services { kind quantity }
          partnerOrganization { ${ORGANIZATION} }
          customerOrganization { ${ORGANIZATION} }
          subscription { ${SUBSCRIPTION} }
        } }
      }
    }`,
    { first: 20, after },
    token,
  );
  return data.orders;
}

// ── Account recovery: "Forgot your password?" and new activation links ──────────────────────

export async function requestPasswordReset(email: string, locale: string): Promise<{ errors: UserError[] }> {
  const data = await graphql<{ requestPasswordReset: { errors: UserError[] } }>(
    `mutation RequestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ${ERRORS} } }`,
    { input: { email, locale } },
  );
  return data.requestPasswordReset;
}

export async function resetPassword(token: string, password: string): Promise<LoginPayload> {
  const data = await graphql<{ resetPassword: LoginPayload }>(
    `mutation ResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { token expiresAt viewer { ${VIEWER} } ${ERRORS} } }`,
    { input: { token, password } },
  );
  return data.resetPassword;
}

export async function requestActivationLink(token: string): Promise<{ errors: UserError[] }> {
  const data = await graphql<{ requestActivationLink: { errors: UserError[] } }>(
    `mutation RequestActivationLink($input: RequestActivationLinkInput!) { requestActivationLink(input: $input) { ${ERRORS} } }`,
    { input: { token } },
  );
  return data.requestActivationLink;
}

export interface OrganizationUser {
  id: string;
  email: string;
  role: string;
  activated: boolean;
  createdAt: string;
}

export async function organizationUsers(token: string): Promise<OrganizationUser[]> {
  return (await graphql<{ organizationUsers: OrganizationUser[] }>(`query OrganizationUsers { organizationUsers { id email role activated createdAt } }`, {}, token)).organizationUsers;
}

export async function sendActivationLink(token: string, userId: string): Promise<{ user: OrganizationUser | null; errors: UserError[] }> {
  const data = await graphql<{ sendActivationLink: { user: OrganizationUser | null; errors: UserError[] } }>(
    `mutation SendActivationLink($input: SendActivationLinkInput!) { sendActivationLink(input: $input) { user { id email role activated createdAt } ${ERRORS} } }`,
    { input: { userId } },
    token,
  );
  return data.sendActivationLink;
}
