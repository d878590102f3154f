/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActivateAccountInput = {
  password: string;
  token: string;
};

export type CallingSettingsInput = {
  address: string;
  announcementLanguage: string;
  city: string;
  country: string;
  emailLanguage: string;
  locationName: string;
  mainNumber?: string | null | undefined;
  postalCode: string;
  /** Needed only with a login token. */
  subscriptionId?: string | number | null | undefined;
  timeZone: string;
};

export type ChooseRoleInput = {
  role: SetupRole;
};

export type ChooseSetupOwnerInput = {
  /** Required for COLLEAGUE and CUSTOMER. */
  email?: string | null | undefined;
  owner: SetupOwner;
};

export type CompleteOrderSetupInput = {
  clientMutationId?: string | null | undefined;
};

/** Exactly one of the two. */
export type ConfirmCustomerOrganizationInput = {
  candidateId?: string | number | null | undefined;
  newOrganization?: NewCustomerOrganizationInput | null | undefined;
};

export type CreatePartnerOrganizationInput = {
  address: string;
  city: string;
  country: string;
  name: string;
  postalCode: string;
};

export type EnterpriseSettingsInput = {
  subdomain: string;
  subscriptionId?: string | number | null | undefined;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type LogoutInput = {
  clientMutationId?: string | null | undefined;
};

export type MeetingSettingsInput = {
  language: string;
  siteName: string;
  subscriptionId?: string | number | null | undefined;
  timeZone: string;
};

export type NewCustomerOrganizationInput = {
  address: string;
  city: string;
  country: string;
  name: string;
  postalCode: string;
};

export type Offer =
  | 'A_FLEX'
  | 'A_SPK'
  | 'A_WX';

export type OrderStatus =
  | 'AWAITING_SETUP'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'HANDED_OVER'
  | 'ON_HOLD'
  | 'PLACED'
  | 'PROVISIONED'
  | 'SETUP_IN_PROGRESS'
  | 'SET_UP';

export type OrganizationKind =
  | 'CUSTOMER'
  | 'PARTNER';

export type ProvisionInput = {
  clientMutationId?: string | null | undefined;
  subscriptionId?: string | number | null | undefined;
};

export type RequestActivationLinkInput = {
  /** The token of the expired (or already replaced) activation link. */
  token: string;
};

export type RequestPasswordResetInput = {
  email: string;
  /** The language of the page asking (`en`, `it`): the email is written in it. */
  locale?: string | null | undefined;
};

export type RequestSetupLinkInput = {
  /** The token of the expired (or replaced) Set up now link. */
  token: string;
};

export type ResetPasswordInput = {
  password: string;
  /** The token of the emailed link. */
  token: string;
};

export type ReviewInput = {
  recognized: boolean;
};

export type SendActivationLinkInput = {
  userId: string | number;
};

export type ServiceKind =
  | 'CALLING'
  | 'MEETINGS'
  | 'MESSAGING'
  | 'WEBINARS';

export type SetCustomerAdministratorInput = {
  email: string;
};

export type SetPasswordInput = {
  password: string;
};

export type SetupOwner =
  | 'COLLEAGUE'
  | 'CUSTOMER'
  | 'SELF';

export type SetupRole =
  | 'CUSTOMER'
  | 'PARTNER';

export type SetupStep =
  | 'CHOOSE_ROLE'
  | 'CHOOSE_SETUP_OWNER'
  | 'CONFIRM_CUSTOMER_ORGANIZATION'
  | 'CREATE_PARTNER_ORGANIZATION'
  | 'CUSTOMER_ADMINISTRATOR'
  | 'DONE'
  | 'HANDED_OVER'
  | 'ON_HOLD'
  | 'REVIEW_ORDER'
  | 'REVIEW_PARTNER_ORGANIZATION'
  | 'SERVICE_SETUP'
  | 'SET_PASSWORD'
  | 'VERIFY_CUSTOMER_ORGANIZATION';

export type StartSetupInput = {
  token: string;
};

export type SubscriptionStatus =
  | 'ACTIVE'
  | 'PENDING';

export type UserErrorCode =
  | 'ACCOUNT_ALREADY_ACTIVE'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_EMAIL'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'ORDER_ALREADY_SET_UP'
  | 'ORDER_CLOSED'
  | 'ORDER_NUMBER_CONFLICT'
  | 'ORDER_ON_HOLD'
  | 'PASSWORD_TOO_WEAK'
  | 'ROLE_NOT_ALLOWED'
  | 'SESSION_EXPIRED'
  | 'SETTINGS_INCOMPLETE'
  | 'STEP_NOT_ALLOWED'
  | 'SUBDOMAIN_INVALID'
  | 'SUBDOMAIN_RESERVED'
  | 'SUBDOMAIN_TAKEN'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_INVALID'
  | 'TOO_MANY_ATTEMPTS'
  | 'USER_IN_ANOTHER_ORGANIZATION';

export type ViewerKind =
  | 'ADMIN'
  | 'API_KEY'
  | 'CUSTOMER_ADMIN'
  | 'PARTNER_ADMIN'
  | 'REP'
  | 'SETUP_SESSION';

export type PortalUserErrorFragment = { code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> };

export type PortalOrganizationFragment = { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number };

export type PortalSubscriptionFragment = { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> };

export type PortalOrganizationDetailsFragment = { name: string, country: string, address: string, city: string, postalCode: string };

export type PortalSessionFragment = { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null };

export type PortalStepPayloadFragment = { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> };

export type StartSetupMutationVariables = Exact<{
  input: StartSetupInput;
}>;


export type StartSetupMutation = { startSetup: { sessionToken: string | null, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ChooseRoleMutationVariables = Exact<{
  input: ChooseRoleInput;
}>;


export type ChooseRoleMutation = { chooseRole: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ChooseSetupOwnerMutationVariables = Exact<{
  input: ChooseSetupOwnerInput;
}>;


export type ChooseSetupOwnerMutation = { chooseSetupOwner: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type CreatePartnerOrganizationMutationVariables = Exact<{
  input: CreatePartnerOrganizationInput;
}>;


export type CreatePartnerOrganizationMutation = { createPartnerOrganization: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ReviewPartnerOrganizationMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type ReviewPartnerOrganizationMutation = { reviewPartnerOrganization: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type SetCustomerAdministratorMutationVariables = Exact<{
  input: SetCustomerAdministratorInput;
}>;


export type SetCustomerAdministratorMutation = { setCustomerAdministrator: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ConfirmCustomerOrganizationMutationVariables = Exact<{
  input: ConfirmCustomerOrganizationInput;
}>;


export type ConfirmCustomerOrganizationMutation = { confirmCustomerOrganization: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type VerifyCustomerOrganizationMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type VerifyCustomerOrganizationMutation = { verifyCustomerOrganization: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type CompleteOrderSetupMutationVariables = Exact<{
  input: CompleteOrderSetupInput;
}>;


export type CompleteOrderSetupMutation = { completeOrderSetup: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type SetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;


export type SetPasswordMutation = { setPassword: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type SaveCallingSettingsMutationVariables = Exact<{
  input: CallingSettingsInput;
}>;


export type SaveCallingSettingsMutation = { saveCallingSettings: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type SaveMeetingSettingsMutationVariables = Exact<{
  input: MeetingSettingsInput;
}>;


export type SaveMeetingSettingsMutation = { saveMeetingSettings: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type SaveEnterpriseSettingsMutationVariables = Exact<{
  input: EnterpriseSettingsInput;
}>;


export type SaveEnterpriseSettingsMutation = { saveEnterpriseSettings: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ProvisionSubscriptionMutationVariables = Exact<{
  input: ProvisionInput;
}>;


export type ProvisionSubscriptionMutation = { provisionSubscription: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type CheckSubdomainAvailabilityQueryVariables = Exact<{
  subdomain: string;
}>;


export type CheckSubdomainAvailabilityQuery = { checkSubdomainAvailability: { subdomain: string, available: boolean, reason: UserErrorCode | null, message: string | null } };

export type PortalViewerFragment = { id: string, kind: ViewerKind, email: string | null, organization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string | null, expiresAt: string | null, viewer: { id: string, kind: ViewerKind, email: string | null, organization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ActivateAccountMutationVariables = Exact<{
  input: ActivateAccountInput;
}>;


export type ActivateAccountMutation = { activateAccount: { token: string | null, expiresAt: string | null, viewer: { id: string, kind: ViewerKind, email: string | null, organization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type LogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type LogoutMutation = { logout: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, kind: ViewerKind, email: string | null, organization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null } | null };

export type MyOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyOrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, requestedStartDate: string, timeZone: string, locale: string, provisioningContactEmail: string, createdAt: string, services: Array<{ kind: ServiceKind, quantity: number }>, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null } }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { token: string | null, expiresAt: string | null, viewer: { id: string, kind: ViewerKind, email: string | null, organization: { id: string, kind: OrganizationKind, name: string, country: string | null, createdAt: string, activeSubscriptionCount: number } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type RequestActivationLinkMutationVariables = Exact<{
  input: RequestActivationLinkInput;
}>;


export type RequestActivationLinkMutation = { requestActivationLink: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type RequestSetupLinkMutationVariables = Exact<{
  input: RequestSetupLinkInput;
}>;


export type RequestSetupLinkMutation = { requestSetupLink: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type PortalOrganizationUserFragment = { id: string, email: string, role: string, activated: boolean, createdAt: string };

export type OrganizationUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationUsersQuery = { organizationUsers: Array<{ id: string, email: string, role: string, activated: boolean, createdAt: string }> };

export type SendActivationLinkMutationVariables = Exact<{
  input: SendActivationLinkInput;
}>;


export type SendActivationLinkMutation = { sendActivationLink: { user: { id: string, email: string, role: string, activated: boolean, createdAt: string } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PortalOrganizationFragmentDoc = new TypedDocumentString(`
    fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
    `, {"fragmentName":"PortalOrganization"}) as unknown as TypedDocumentString<PortalOrganizationFragment, unknown>;
export const PortalOrganizationDetailsFragmentDoc = new TypedDocumentString(`
    fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
    `, {"fragmentName":"PortalOrganizationDetails"}) as unknown as TypedDocumentString<PortalOrganizationDetailsFragment, unknown>;
export const PortalSubscriptionFragmentDoc = new TypedDocumentString(`
    fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
    `, {"fragmentName":"PortalSubscription"}) as unknown as TypedDocumentString<PortalSubscriptionFragment, unknown>;
export const PortalSessionFragmentDoc = new TypedDocumentString(`
    fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
    fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}`, {"fragmentName":"PortalSession"}) as unknown as TypedDocumentString<PortalSessionFragment, unknown>;
export const PortalUserErrorFragmentDoc = new TypedDocumentString(`
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
    `, {"fragmentName":"PortalUserError"}) as unknown as TypedDocumentString<PortalUserErrorFragment, unknown>;
export const PortalStepPayloadFragmentDoc = new TypedDocumentString(`
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
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}`, {"fragmentName":"PortalStepPayload"}) as unknown as TypedDocumentString<PortalStepPayloadFragment, unknown>;
export const PortalViewerFragmentDoc = new TypedDocumentString(`
    fragment PortalViewer on Viewer {
  id
  kind
  email
  organization {
    ...PortalOrganization
  }
}
    fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}`, {"fragmentName":"PortalViewer"}) as unknown as TypedDocumentString<PortalViewerFragment, unknown>;
export const PortalOrganizationUserFragmentDoc = new TypedDocumentString(`
    fragment PortalOrganizationUser on OrganizationUser {
  id
  email
  role
  activated
  createdAt
}
    `, {"fragmentName":"PortalOrganizationUser"}) as unknown as TypedDocumentString<PortalOrganizationUserFragment, unknown>;
export const StartSetupDocument = new TypedDocumentString(`
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
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}`) as unknown as TypedDocumentString<StartSetupMutation, StartSetupMutationVariables>;
export const ChooseRoleDocument = new TypedDocumentString(`
    mutation ChooseRole($input: ChooseRoleInput!) {
  chooseRole(input: $input) {
    ...PortalStepPayload
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
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
}`) as unknown as TypedDocumentString<ChooseRoleMutation, ChooseRoleMutationVariables>;
export const ChooseSetupOwnerDocument = new TypedDocumentString(`
    mutation ChooseSetupOwner($input: ChooseSetupOwnerInput!) {
  chooseSetupOwner(input: $input) {
    ...PortalStepPayload
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
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
}`) as unknown as TypedDocumentString<ChooseSetupOwnerMutation, ChooseSetupOwnerMutationVariables>;
export const CreatePartnerOrganizationDocument = new TypedDocumentString(`
    mutation CreatePartnerOrganization($input: CreatePartnerOrganizationInput!) {
  createPartnerOrganization(input: $input) {
    ...PortalStepPayload
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
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
}`) as unknown as TypedDocumentString<CreatePartnerOrganizationMutation, CreatePartnerOrganizationMutationVariables>;
export const ReviewPartnerOrganizationDocument = new TypedDocumentString(`
    mutation ReviewPartnerOrganization($input: ReviewInput!) {
  reviewPartnerOrganization(input: $input) {
    ...PortalStepPayload
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
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
}`) as unknown as TypedDocumentString<ReviewPartnerOrganizationMutation, ReviewPartnerOrganizationMutationVariables>;
export const SetCustomerAdministratorDocument = new TypedDocumentString(`
    mutation SetCustomerAdministrator($input: SetCustomerAdministratorInput!) {
  setCustomerAdministrator(input: $input) {
    ...PortalStepPayload
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
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
}`) as unknown as TypedDocumentString<SetCustomerAdministratorMutation, SetCustomerAdministratorMutationVariables>;
export const ConfirmCustomerOrganizationDocument = new TypedDocumentString(`
    mutation ConfirmCustomerOrganization($input: ConfirmCustomerOrganizationInput!) {
  confirmCustomerOrganization(input: $input) {
    ...PortalStepPayload
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
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
}`) as unknown as TypedDocumentString<ConfirmCustomerOrganizationMutation, ConfirmCustomerOrganizationMutationVariables>;
export const VerifyCustomerOrganizationDocument = new TypedDocumentString(`
    mutation VerifyCustomerOrganization($input: ReviewInput!) {
  verifyCustomerOrganization(input: $input) {
    ...PortalStepPayload
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
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
}`) as unknown as TypedDocumentString<VerifyCustomerOrganizationMutation, VerifyCustomerOrganizationMutationVariables>;
export const CompleteOrderSetupDocument = new TypedDocumentString(`
    mutation CompleteOrderSetup($input: CompleteOrderSetupInput!) {
  completeOrderSetup(input: $input) {
    ...PortalStepPayload
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
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
}`) as unknown as TypedDocumentString<CompleteOrderSetupMutation, CompleteOrderSetupMutationVariables>;
export const SetPasswordDocument = new TypedDocumentString(`
    mutation SetPassword($input: SetPasswordInput!) {
  setPassword(input: $input) {
    ...PortalStepPayload
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
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
}`) as unknown as TypedDocumentString<SetPasswordMutation, SetPasswordMutationVariables>;
export const SaveCallingSettingsDocument = new TypedDocumentString(`
    mutation SaveCallingSettings($input: CallingSettingsInput!) {
  saveCallingSettings(input: $input) {
    ...PortalStepPayload
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
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
}`) as unknown as TypedDocumentString<SaveCallingSettingsMutation, SaveCallingSettingsMutationVariables>;
export const SaveMeetingSettingsDocument = new TypedDocumentString(`
    mutation SaveMeetingSettings($input: MeetingSettingsInput!) {
  saveMeetingSettings(input: $input) {
    ...PortalStepPayload
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
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
}`) as unknown as TypedDocumentString<SaveMeetingSettingsMutation, SaveMeetingSettingsMutationVariables>;
export const SaveEnterpriseSettingsDocument = new TypedDocumentString(`
    mutation SaveEnterpriseSettings($input: EnterpriseSettingsInput!) {
  saveEnterpriseSettings(input: $input) {
    ...PortalStepPayload
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
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
}`) as unknown as TypedDocumentString<SaveEnterpriseSettingsMutation, SaveEnterpriseSettingsMutationVariables>;
export const ProvisionSubscriptionDocument = new TypedDocumentString(`
    mutation ProvisionSubscription($input: ProvisionInput!) {
  provisionSubscription(input: $input) {
    ...PortalStepPayload
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}
fragment PortalOrganizationDetails on OrganizationDraft {
  name
  country
  address
  city
  postalCode
}
fragment PortalSession on SetupSession {
  id
  nextStep
  completedSteps
  previousStep
  backSteps
  role
  owner
  recipientEmail
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
    createdAt
    activeSubscriptionCount
  }
  subscription {
    ...PortalSubscription
  }
}
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
}`) as unknown as TypedDocumentString<ProvisionSubscriptionMutation, ProvisionSubscriptionMutationVariables>;
export const CheckSubdomainAvailabilityDocument = new TypedDocumentString(`
    query CheckSubdomainAvailability($subdomain: String!) {
  checkSubdomainAvailability(subdomain: $subdomain) {
    subdomain
    available
    reason
    message
  }
}
    `) as unknown as TypedDocumentString<CheckSubdomainAvailabilityQuery, CheckSubdomainAvailabilityQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
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
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalViewer on Viewer {
  id
  kind
  email
  organization {
    ...PortalOrganization
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const ActivateAccountDocument = new TypedDocumentString(`
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
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalViewer on Viewer {
  id
  kind
  email
  organization {
    ...PortalOrganization
  }
}`) as unknown as TypedDocumentString<ActivateAccountMutation, ActivateAccountMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($input: LogoutInput!) {
  logout(input: $input) {
    errors {
      ...PortalUserError
    }
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}`) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    ...PortalViewer
  }
}
    fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalViewer on Viewer {
  id
  kind
  email
  organization {
    ...PortalOrganization
  }
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const MyOrdersDocument = new TypedDocumentString(`
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
        }
      }
    }
  }
}
    fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalSubscription on Subscription {
  id
  status
  subdomain
  billingStartedAt
  services {
    kind
    quantity
  }
}`) as unknown as TypedDocumentString<MyOrdersQuery, MyOrdersQueryVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    errors {
      ...PortalUserError
    }
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}`) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
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
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganization on Organization {
  id
  kind
  name
  country
  createdAt
  activeSubscriptionCount
}
fragment PortalViewer on Viewer {
  id
  kind
  email
  organization {
    ...PortalOrganization
  }
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RequestActivationLinkDocument = new TypedDocumentString(`
    mutation RequestActivationLink($input: RequestActivationLinkInput!) {
  requestActivationLink(input: $input) {
    errors {
      ...PortalUserError
    }
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}`) as unknown as TypedDocumentString<RequestActivationLinkMutation, RequestActivationLinkMutationVariables>;
export const RequestSetupLinkDocument = new TypedDocumentString(`
    mutation RequestSetupLink($input: RequestSetupLinkInput!) {
  requestSetupLink(input: $input) {
    errors {
      ...PortalUserError
    }
  }
}
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}`) as unknown as TypedDocumentString<RequestSetupLinkMutation, RequestSetupLinkMutationVariables>;
export const OrganizationUsersDocument = new TypedDocumentString(`
    query OrganizationUsers {
  organizationUsers {
    ...PortalOrganizationUser
  }
}
    fragment PortalOrganizationUser on OrganizationUser {
  id
  email
  role
  activated
  createdAt
}`) as unknown as TypedDocumentString<OrganizationUsersQuery, OrganizationUsersQueryVariables>;
export const SendActivationLinkDocument = new TypedDocumentString(`
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
    fragment PortalUserError on UserError {
  code
  message
  field
  params
}
fragment PortalOrganizationUser on OrganizationUser {
  id
  email
  role
  activated
  createdAt
}`) as unknown as TypedDocumentString<SendActivationLinkMutation, SendActivationLinkMutationVariables>;