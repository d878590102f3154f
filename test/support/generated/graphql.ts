/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type PlaceOrderInput = {
  ccwOrderNumber: string;
  customerName: string;
  locale?: string | null | undefined;
  offer: Offer;
  partnerAccountId: string;
  partnerName: string;
  provisioningContactEmail: string;
  requestedStartDate: string;
  services: Array<ServiceLineInput>;
  timeZone?: string | null | undefined;
};

export type ProvisionInput = {
  clientMutationId?: string | null | undefined;
  subscriptionId?: string | number | null | undefined;
};

export type ReviewInput = {
  recognized: boolean;
};

export type ServiceKind =
  | 'CALLING'
  | 'MEETINGS'
  | 'MESSAGING'
  | 'WEBINARS';

export type ServiceLineInput = {
  kind: ServiceKind;
  quantity: number;
};

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

export type TestSessionFragment = { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } };

export type TestStepPayloadFragment = { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null };

export type TestPlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type TestPlaceOrderMutation = { placeOrder: { errors: Array<{ code: UserErrorCode }>, order: { id: string } | null } };

export type TestStartSetupMutationVariables = Exact<{
  input: StartSetupInput;
}>;


export type TestStartSetupMutation = { startSetup: { sessionToken: string | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestStartSetupPayloadFragment = { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null };

export type TestSetupSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type TestSetupSessionQuery = { setupSession: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null };

export type TestChooseRoleMutationVariables = Exact<{
  input: ChooseRoleInput;
}>;


export type TestChooseRoleMutation = { chooseRole: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestChooseSetupOwnerMutationVariables = Exact<{
  input: ChooseSetupOwnerInput;
}>;


export type TestChooseSetupOwnerMutation = { chooseSetupOwner: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestCreatePartnerOrganizationMutationVariables = Exact<{
  input: CreatePartnerOrganizationInput;
}>;


export type TestCreatePartnerOrganizationMutation = { createPartnerOrganization: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestReviewPartnerOrganizationMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type TestReviewPartnerOrganizationMutation = { reviewPartnerOrganization: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestSetCustomerAdministratorMutationVariables = Exact<{
  input: SetCustomerAdministratorInput;
}>;


export type TestSetCustomerAdministratorMutation = { setCustomerAdministrator: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestConfirmCustomerOrganizationMutationVariables = Exact<{
  input: ConfirmCustomerOrganizationInput;
}>;


export type TestConfirmCustomerOrganizationMutation = { confirmCustomerOrganization: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestVerifyCustomerOrganizationMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type TestVerifyCustomerOrganizationMutation = { verifyCustomerOrganization: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestCompleteOrderSetupMutationVariables = Exact<{
  input: CompleteOrderSetupInput;
}>;


export type TestCompleteOrderSetupMutation = { completeOrderSetup: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestSetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;


export type TestSetPasswordMutation = { setPassword: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestSaveCallingSettingsMutationVariables = Exact<{
  input: CallingSettingsInput;
}>;


export type TestSaveCallingSettingsMutation = { saveCallingSettings: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestSaveMeetingSettingsMutationVariables = Exact<{
  input: MeetingSettingsInput;
}>;


export type TestSaveMeetingSettingsMutation = { saveMeetingSettings: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestSaveEnterpriseSettingsMutationVariables = Exact<{
  input: EnterpriseSettingsInput;
}>;


export type TestSaveEnterpriseSettingsMutation = { saveEnterpriseSettings: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestProvisionSubscriptionMutationVariables = Exact<{
  input: ProvisionInput;
}>;


export type TestProvisionSubscriptionMutation = { provisionSubscription: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<string>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

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
export const TestSessionFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"TestSession"}) as unknown as TypedDocumentString<TestSessionFragment, unknown>;
export const TestStepPayloadFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"TestStepPayload"}) as unknown as TypedDocumentString<TestStepPayloadFragment, unknown>;
export const TestStartSetupPayloadFragmentDoc = new TypedDocumentString(`
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
}`, {"fragmentName":"TestStartSetupPayload"}) as unknown as TypedDocumentString<TestStartSetupPayloadFragment, unknown>;
export const TestPlaceOrderDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<TestPlaceOrderMutation, TestPlaceOrderMutationVariables>;
export const TestStartSetupDocument = new TypedDocumentString(`
    mutation TestStartSetup($input: StartSetupInput!) {
  startSetup(input: $input) {
    sessionToken
    ...TestStartSetupPayload
  }
}
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
fragment TestStartSetupPayload on StartSetupPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestStartSetupMutation, TestStartSetupMutationVariables>;
export const TestSetupSessionDocument = new TypedDocumentString(`
    query TestSetupSession {
  setupSession {
    ...TestSession
  }
}
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
}`) as unknown as TypedDocumentString<TestSetupSessionQuery, TestSetupSessionQueryVariables>;
export const TestChooseRoleDocument = new TypedDocumentString(`
    mutation TestChooseRole($input: ChooseRoleInput!) {
  chooseRole(input: $input) {
    ...TestStepPayload
  }
}
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
fragment TestStepPayload on SetupSessionPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestChooseRoleMutation, TestChooseRoleMutationVariables>;
export const TestChooseSetupOwnerDocument = new TypedDocumentString(`
    mutation TestChooseSetupOwner($input: ChooseSetupOwnerInput!) {
  chooseSetupOwner(input: $input) {
    ...TestStepPayload
  }
}
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
fragment TestStepPayload on SetupSessionPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestChooseSetupOwnerMutation, TestChooseSetupOwnerMutationVariables>;
export const TestCreatePartnerOrganizationDocument = new TypedDocumentString(`
    mutation TestCreatePartnerOrganization($input: CreatePartnerOrganizationInput!) {
  createPartnerOrganization(input: $input) {
    ...TestStepPayload
  }
}
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
fragment TestStepPayload on SetupSessionPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestCreatePartnerOrganizationMutation, TestCreatePartnerOrganizationMutationVariables>;
export const TestReviewPartnerOrganizationDocument = new TypedDocumentString(`
    mutation TestReviewPartnerOrganization($input: ReviewInput!) {
  reviewPartnerOrganization(input: $input) {
    ...TestStepPayload
  }
}
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
fragment TestStepPayload on SetupSessionPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestReviewPartnerOrganizationMutation, TestReviewPartnerOrganizationMutationVariables>;
export const TestSetCustomerAdministratorDocument = new TypedDocumentString(`
    mutation TestSetCustomerAdministrator($input: SetCustomerAdministratorInput!) {
  setCustomerAdministrator(input: $input) {
    ...TestStepPayload
  }
}
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
fragment TestStepPayload on SetupSessionPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestSetCustomerAdministratorMutation, TestSetCustomerAdministratorMutationVariables>;
export const TestConfirmCustomerOrganizationDocument = new TypedDocumentString(`
    mutation TestConfirmCustomerOrganization($input: ConfirmCustomerOrganizationInput!) {
  confirmCustomerOrganization(input: $input) {
    ...TestStepPayload
  }
}
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
fragment TestStepPayload on SetupSessionPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestConfirmCustomerOrganizationMutation, TestConfirmCustomerOrganizationMutationVariables>;
export const TestVerifyCustomerOrganizationDocument = new TypedDocumentString(`
    mutation TestVerifyCustomerOrganization($input: ReviewInput!) {
  verifyCustomerOrganization(input: $input) {
    ...TestStepPayload
  }
}
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
fragment TestStepPayload on SetupSessionPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestVerifyCustomerOrganizationMutation, TestVerifyCustomerOrganizationMutationVariables>;
export const TestCompleteOrderSetupDocument = new TypedDocumentString(`
    mutation TestCompleteOrderSetup($input: CompleteOrderSetupInput!) {
  completeOrderSetup(input: $input) {
    ...TestStepPayload
  }
}
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
fragment TestStepPayload on SetupSessionPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestCompleteOrderSetupMutation, TestCompleteOrderSetupMutationVariables>;
export const TestSetPasswordDocument = new TypedDocumentString(`
    mutation TestSetPassword($input: SetPasswordInput!) {
  setPassword(input: $input) {
    ...TestStepPayload
  }
}
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
fragment TestStepPayload on SetupSessionPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestSetPasswordMutation, TestSetPasswordMutationVariables>;
export const TestSaveCallingSettingsDocument = new TypedDocumentString(`
    mutation TestSaveCallingSettings($input: CallingSettingsInput!) {
  saveCallingSettings(input: $input) {
    ...TestStepPayload
  }
}
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
fragment TestStepPayload on SetupSessionPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestSaveCallingSettingsMutation, TestSaveCallingSettingsMutationVariables>;
export const TestSaveMeetingSettingsDocument = new TypedDocumentString(`
    mutation TestSaveMeetingSettings($input: MeetingSettingsInput!) {
  saveMeetingSettings(input: $input) {
    ...TestStepPayload
  }
}
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
fragment TestStepPayload on SetupSessionPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestSaveMeetingSettingsMutation, TestSaveMeetingSettingsMutationVariables>;
export const TestSaveEnterpriseSettingsDocument = new TypedDocumentString(`
    mutation TestSaveEnterpriseSettings($input: EnterpriseSettingsInput!) {
  saveEnterpriseSettings(input: $input) {
    ...TestStepPayload
  }
}
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
fragment TestStepPayload on SetupSessionPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestSaveEnterpriseSettingsMutation, TestSaveEnterpriseSettingsMutationVariables>;
export const TestProvisionSubscriptionDocument = new TypedDocumentString(`
    mutation TestProvisionSubscription($input: ProvisionInput!) {
  provisionSubscription(input: $input) {
    ...TestStepPayload
  }
}
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
fragment TestStepPayload on SetupSessionPayload {
  errors {
    code
    message
    field
  }
  session {
    ...TestSession
  }
}`) as unknown as TypedDocumentString<TestProvisionSubscriptionMutation, TestProvisionSubscriptionMutationVariables>;