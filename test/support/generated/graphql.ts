/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Service setup: the first calling location (asked when Calling was purchased). */
export type CallingSettingsInput = {
  /** Street and number of the location. */
  address: string;
  /** Language of the announcements callers hear (BCP 47, e.g. `it`). */
  announcementLanguage: string;
  /** City of the location. */
  city: string;
  /** Country of the location (ISO 3166-1 alpha-2, e.g. `IT`). */
  country: string;
  /** Language of the emails users receive (BCP 47, e.g. `en-US`). */
  emailLanguage: string;
  /** The location’s name, e.g. Head office. */
  locationName: string;
  /** The location’s main phone number; optional. */
  mainNumber?: string | null | undefined;
  /** Postal code of the location. */
  postalCode: string;
  /** Needed only with a login token. */
  subscriptionId?: string | number | null | undefined;
  /** The location’s time zone (IANA name, e.g. `Europe/Rome`). */
  timeZone: string;
};

/** Step 1 of the wizard: who is walking it. */
export type ChooseRoleInput = {
  /** PARTNER on a partner’s link, CUSTOMER on a link handed to the customer; the other answers `ROLE_NOT_ALLOWED`. */
  role: SetupRole;
};

/** Step 2 of the wizard: who sets the order up. */
export type ChooseSetupOwnerInput = {
  /** Required for COLLEAGUE and CUSTOMER. */
  email?: string | null | undefined;
  /** SELF to go on now; COLLEAGUE or CUSTOMER to hand the order over to `email`. */
  owner: SetupOwner;
  /** SELF on a link sent to a shared address (`recipientIsSharedAddress`, e.g. orders@) when the partner organization is new: the own email of the person walking, who becomes its administrator instead of the alias. */
  yourEmail?: string | null | undefined;
};

/** Step 8, the point of no return; no values needed. */
export type CompleteOrderSetupInput = {
  /** Any value the client wants to correlate the call with; not used by the server. */
  clientMutationId?: string | null | undefined;
};

/** Exactly one of the two. */
export type ConfirmCustomerOrganizationInput = {
  /** An organization from `customerOrganizationCandidates`. */
  candidateId?: string | number | null | undefined;
  /** A customer organization to create when the order is set up. */
  newOrganization?: NewCustomerOrganizationInput | null | undefined;
};

/** The partner organization to create when the order is set up (step 8), on the partner’s first order. */
export type CreatePartnerOrganizationInput = {
  /** Street and number. */
  address: string;
  /** City. */
  city: string;
  /** Country (ISO 3166-1 alpha-2, e.g. `IT`). */
  country: string;
  /** The organization’s name (not blank). */
  name: string;
  /** Postal code. */
  postalCode: string;
};

/** Service setup: the customer organization’s enterprise subdomain (always needed). */
export type EnterpriseSettingsInput = {
  /** Letters and digits only, 1–63 characters, case-insensitive, not reserved, not taken; the SIP domain becomes `<subdomain>.calls.webex.com`. */
  subdomain: string;
  /** The subscription to set up: needed only with a login token (a setup session acts on its order’s). */
  subscriptionId?: string | number | null | undefined;
};

/** Service setup: the Webex meeting site (asked when Meetings was purchased). */
export type MeetingSettingsInput = {
  /** Language of the site (BCP 47, e.g. `it`). */
  language: string;
  /** The site’s name: the site is `<siteName>.webex.com`. */
  siteName: string;
  /** The subscription to set up: needed only with a login token. */
  subscriptionId?: string | number | null | undefined;
  /** Time zone of the site (IANA name, e.g. `Europe/Rome`). */
  timeZone: string;
};

/** Added: a group of settings that provisioning still needs (`missingSettings`; `SETTINGS_INCOMPLETE`’s `params.missing`). */
export type MissingSetting =
  /** The calling settings (saveCallingSettings): needed when Calling was purchased. */
  | 'CALLING_SETTINGS'
  /** The subdomain (saveEnterpriseSettings): needed always. */
  | 'ENTERPRISE_SETTINGS'
  /** The meeting settings (saveMeetingSettings): needed when Meetings was purchased. */
  | 'MEETING_SETTINGS';

/** A customer organization to create when the order is set up. */
export type NewCustomerOrganizationInput = {
  /** Street and number. */
  address: string;
  /** City. */
  city: string;
  /** Country (ISO 3166-1 alpha-2, e.g. `IT`). */
  country: string;
  /** The organization’s name (not blank). */
  name: string;
  /** Postal code. */
  postalCode: string;
};

/** The Webex offer ordered in CCW. */
export type Offer =
  /** A-FLEX: its Set up now link is valid 7 days. */
  | 'A_FLEX'
  /** A-SPK. */
  | 'A_SPK'
  /** A-WX, the Webex Suite (Flex). */
  | 'A_WX';

/** Where an order stands; docs/integrators.md shows the transitions. */
export type OrderStatus =
  /** The Set up now link was sent; nobody has opened it yet. */
  | 'AWAITING_SETUP'
  /** Cancelled by CCW or a rep before it was set up; closed. */
  | 'CANCELLED'
  /** Not set up before its link expired (30 days after the latest email, 7 for A-FLEX); closed. */
  | 'EXPIRED'
  /** Handed over to a colleague or the customer, who got their own link. */
  | 'HANDED_OVER'
  /** Somebody did not recognize an organization: waits for a rep. */
  | 'ON_HOLD'
  /** Placed; the Set up now link goes out on the requested start date. */
  | 'PLACED'
  /** The subscription is active and billing started. */
  | 'PROVISIONED'
  /** Somebody opened the wizard. */
  | 'SETUP_IN_PROGRESS'
  /** Step 8 confirmed: the organizations and the subscription exist; service setup remains. */
  | 'SET_UP';

/** Which side of an order an organization is on. */
export type OrganizationKind =
  /** The customer the services are for. */
  | 'CUSTOMER'
  /** The Cisco partner that orders. */
  | 'PARTNER';

/** An order as CCW places it. */
export type PlaceOrderInput = {
  /** The order’s number in CCW: up to 64 letters, digits, dots, slashes, dashes and underscores; a retry uses the same one. */
  ccwOrderNumber: string;
  /** The customer as named in CCW (1 to 200 characters). */
  customerName: string;
  /** The language of the emails (BCP 47, e.g. `it`). */
  locale?: string | null | undefined;
  /** The offer ordered. */
  offer: Offer;
  /** The partner’s CCW account id: up to 64 letters, digits, dots, slashes, dashes and underscores. */
  partnerAccountId: string;
  /** The partner as named in CCW (1 to 200 characters). */
  partnerName: string;
  /** Who gets the Set up now email; may be a shared address (an alias). */
  provisioningContactEmail: string;
  /** The start date (YYYY-MM-DD), in `timeZone`: the link goes out then. */
  requestedStartDate: string;
  /** The services purchased: 1 to 4 lines, each kind at most once. */
  services: Array<ServiceLineInput>;
  /** The order’s time zone (IANA name, e.g. `Europe/Rome`). */
  timeZone?: string | null | undefined;
};

/** Provisions the subscription once its settings are saved. */
export type ProvisionInput = {
  /** Any value the client wants to correlate the call with; not used by the server. */
  clientMutationId?: string | null | undefined;
  /** The subscription: needed only with a login token (a setup session acts on its order’s). */
  subscriptionId?: string | number | null | undefined;
};

/** The answer to a review or verify step of the wizard. */
export type ReviewInput = {
  /** true: the organization shown is the right one; false: it is not (the order goes ON_HOLD and a rep is asked). */
  recognized: boolean;
};

/** A Webex service that can be purchased. */
export type ServiceKind =
  /** Webex Calling: service setup asks for calling settings. */
  | 'CALLING'
  /** Webex Meetings: service setup asks for meeting settings. */
  | 'MEETINGS'
  /** Webex Messaging. */
  | 'MESSAGING'
  /** Webex Webinars. */
  | 'WEBINARS';

/** One service purchased, with its quantity. */
export type ServiceLineInput = {
  /** The service. */
  kind: ServiceKind;
  /** How many licences: a whole number from 1 to 1000000. */
  quantity: number;
};

/** The customer administrator named in the wizard. */
export type SetCustomerAdministratorInput = {
  /** The administrator’s email (else `INVALID_EMAIL`); a user of another organization the partner does not manage answers `USER_IN_ANOTHER_ORGANIZATION`. */
  email: string;
};

/** The password of the organization’s first administrator. */
export type SetPasswordInput = {
  /** 12 to 256 characters, letters mixed with digits or symbols (else `PASSWORD_TOO_WEAK`). */
  password: string;
};

/** Who sets an order up, chosen at CHOOSE_SETUP_OWNER. */
export type SetupOwner =
  /** A colleague at the partner: the order is handed over to the email given. */
  | 'COLLEAGUE'
  /** The customer’s administrator: the order is handed over, and the customer sets up its own organization. */
  | 'CUSTOMER'
  /** The person walking the wizard goes on now. */
  | 'SELF';

/** Who walks the wizard, chosen at CHOOSE_ROLE. */
export type SetupRole =
  /** The customer’s administrator, on a link handed over to the customer. */
  | 'CUSTOMER'
  /** The partner’s provisioning contact, or a colleague it was handed to. */
  | 'PARTNER';

/** A step of the Set up now wizard; docs/integrators.md shows the order they come in. */
export type SetupStep =
  /** Say whether you are the partner or the customer. */
  | 'CHOOSE_ROLE'
  /** Go on yourself, or hand over to a colleague or the customer. */
  | 'CHOOSE_SETUP_OWNER'
  /** Pick the customer organization among the candidates, or describe a new one. */
  | 'CONFIRM_CUSTOMER_ORGANIZATION'
  /** Describe the partner organization (the partner’s first order). */
  | 'CREATE_PARTNER_ORGANIZATION'
  /** Name the customer administrator. */
  | 'CUSTOMER_ADMINISTRATOR'
  /** The subscription is provisioned: nothing left to do. */
  | 'DONE'
  /** The order was handed over: this session has ended. */
  | 'HANDED_OVER'
  /** An organization was not recognized: the order waits for a rep. */
  | 'ON_HOLD'
  /** Review the order, then confirm it (step 8, `completeOrderSetup`). */
  | 'REVIEW_ORDER'
  /** Confirm the existing partner organization. */
  | 'REVIEW_PARTNER_ORGANIZATION'
  /** Save the service settings, then provision. */
  | 'SERVICE_SETUP'
  /** Set the password of the organization created now. */
  | 'SET_PASSWORD'
  /** Confirm the customer organization the administrator already belongs to. */
  | 'VERIFY_CUSTOMER_ORGANIZATION';

/** Opens the wizard with a Set up now link. */
export type StartSetupInput = {
  /** The `token` of the link (`<PORTAL_URL>/setup?token=<token>`). */
  token: string;
};

/** Where a subscription stands. */
export type SubscriptionStatus =
  /** Provisioned: billing started. */
  | 'ACTIVE'
  /** Provisioned, then cancelled (`cancelSubscription`, at once or on its effective date); final. */
  | 'CANCELLED'
  /** Created at step 8; waits for its settings and `provisionSubscription`. */
  | 'PENDING'
  /** Provisioned, then suspended by CCW or a rep (`suspendSubscription`); `resumeSubscription` makes it ACTIVE again. */
  | 'SUSPENDED';

/** The mistakes a caller can fix; `UserError.params.reason` tells apart the situations a code covers. */
export type UserErrorCode =
  /** An activation link was asked for an account that already has a password: log in, or reset it. */
  | 'ACCOUNT_ALREADY_ACTIVE'
  /** Wrong email or password (which one is not said). */
  | 'INVALID_CREDENTIALS'
  /** Not an email address. */
  | 'INVALID_EMAIL'
  /** A value is missing, too long or malformed (a date, time zone, country, language, name…); `field` says which. */
  | 'INVALID_INPUT'
  /** The order or escalation cannot go from its state to the one asked. */
  | 'INVALID_TRANSITION'
  /** No such object, or one the caller may not see. */
  | 'NOT_FOUND'
  /** The order is already set up (step 8 was confirmed). */
  | 'ORDER_ALREADY_SET_UP'
  /** The order is EXPIRED or CANCELLED: nothing more can happen to it. */
  | 'ORDER_CLOSED'
  /** An order with this CCW number exists with different details. */
  | 'ORDER_NUMBER_CONFLICT'
  /** The order is ON_HOLD until a rep resolves its escalation. */
  | 'ORDER_ON_HOLD'
  /** The password is too short, too long or too simple. */
  | 'PASSWORD_TOO_WEAK'
  /** This link does not accept that role. */
  | 'ROLE_NOT_ALLOWED'
  /** The setup session ended (timed out, replaced, or its link revoked): open the link again. */
  | 'SESSION_EXPIRED'
  /** Provisioning needs settings not yet saved: `missingSettings` lists them. */
  | 'SETTINGS_INCOMPLETE'
  /** This step is not the wizard’s next step (or one Back leads to). */
  | 'STEP_NOT_ALLOWED'
  /** Not 1–63 letters and digits. */
  | 'SUBDOMAIN_INVALID'
  /** Reserved (e.g. www, admin, webex). */
  | 'SUBDOMAIN_RESERVED'
  /** Another organization has it. */
  | 'SUBDOMAIN_TAKEN'
  /** The link expired, was used or was revoked. */
  | 'TOKEN_EXPIRED'
  /** No such link. */
  | 'TOKEN_INVALID'
  /** Too many failures from this address or for this account: wait, then try again. */
  | 'TOO_MANY_ATTEMPTS'
  /** The email belongs to a user of an organization this path may not reach. */
  | 'USER_IN_ANOTHER_ORGANIZATION';

export type TestSessionFragment = { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } };

export type TestStepPayloadFragment = { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null };

export type TestPlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type TestPlaceOrderMutation = { placeOrder: { errors: Array<{ code: UserErrorCode }>, order: { id: string } | null } };

export type TestStartSetupMutationVariables = Exact<{
  input: StartSetupInput;
}>;


export type TestStartSetupMutation = { startSetup: { sessionToken: string | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestStartSetupPayloadFragment = { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null };

export type TestSetupSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type TestSetupSessionQuery = { setupSession: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null };

export type TestChooseRoleMutationVariables = Exact<{
  input: ChooseRoleInput;
}>;


export type TestChooseRoleMutation = { chooseRole: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestChooseSetupOwnerMutationVariables = Exact<{
  input: ChooseSetupOwnerInput;
}>;


export type TestChooseSetupOwnerMutation = { chooseSetupOwner: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestCreatePartnerOrganizationMutationVariables = Exact<{
  input: CreatePartnerOrganizationInput;
}>;


export type TestCreatePartnerOrganizationMutation = { createPartnerOrganization: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestReviewPartnerOrganizationMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type TestReviewPartnerOrganizationMutation = { reviewPartnerOrganization: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestSetCustomerAdministratorMutationVariables = Exact<{
  input: SetCustomerAdministratorInput;
}>;


export type TestSetCustomerAdministratorMutation = { setCustomerAdministrator: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestConfirmCustomerOrganizationMutationVariables = Exact<{
  input: ConfirmCustomerOrganizationInput;
}>;


export type TestConfirmCustomerOrganizationMutation = { confirmCustomerOrganization: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestVerifyCustomerOrganizationMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type TestVerifyCustomerOrganizationMutation = { verifyCustomerOrganization: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestCompleteOrderSetupMutationVariables = Exact<{
  input: CompleteOrderSetupInput;
}>;


export type TestCompleteOrderSetupMutation = { completeOrderSetup: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestSetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;


export type TestSetPasswordMutation = { setPassword: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestSaveCallingSettingsMutationVariables = Exact<{
  input: CallingSettingsInput;
}>;


export type TestSaveCallingSettingsMutation = { saveCallingSettings: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestSaveMeetingSettingsMutationVariables = Exact<{
  input: MeetingSettingsInput;
}>;


export type TestSaveMeetingSettingsMutation = { saveMeetingSettings: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestSaveEnterpriseSettingsMutationVariables = Exact<{
  input: EnterpriseSettingsInput;
}>;


export type TestSaveEnterpriseSettingsMutation = { saveEnterpriseSettings: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

export type TestProvisionSubscriptionMutationVariables = Exact<{
  input: ProvisionInput;
}>;


export type TestProvisionSubscriptionMutation = { provisionSubscription: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, partnerOrganization: { id: string, name: string, kind: OrganizationKind } | null, customerOrganization: { id: string, name: string, kind: OrganizationKind } | null, newPartnerOrganization: { name: string, country: string } | null, newCustomerOrganization: { name: string, country: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, billingStartedAt: string | null, subdomain: string | null, services: Array<{ kind: ServiceKind, quantity: number }> } | null, order: { id: string, status: OrderStatus, customerOrganization: { id: string } | null } } | null } };

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