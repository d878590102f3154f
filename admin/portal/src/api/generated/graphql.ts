/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What `activateAccount` needs: the token of the emailed activation link and the password to set. */
export type ActivateAccountInput = {
  /** The password to set: 12 to 256 characters, letters mixed with digits or symbols (else `PASSWORD_TOO_WEAK`). */
  password: string;
  /** The token of the activation link (`<PORTAL_URL>/activate?token=<token>`). */
  token: string;
};

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

/** An email and password login (reps and organization administrators). */
export type LoginInput = {
  /** The account’s email. */
  email: string;
  /** The account’s password. */
  password: string;
};

/** Ends the bearer’s login session; no values needed. */
export type LogoutInput = {
  /** Any value the client wants to correlate the call with; not used by the server. */
  clientMutationId?: string | null | undefined;
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

/** Provisions the subscription once its settings are saved. */
export type ProvisionInput = {
  /** Any value the client wants to correlate the call with; not used by the server. */
  clientMutationId?: string | null | undefined;
  /** The subscription: needed only with a login token (a setup session acts on its order’s). */
  subscriptionId?: string | number | null | undefined;
};

/** Asks for a new activation link in place of an expired one. */
export type RequestActivationLinkInput = {
  /** The token of the expired (or already replaced) activation link. */
  token: string;
};

/** Asks for a password reset link. */
export type RequestPasswordResetInput = {
  /** The account’s email. */
  email: string;
  /** The language of the page asking (`en`, `it`): the email is written in it. */
  locale?: string | null | undefined;
};

/** Asks for a new Set up now link in place of an expired one. */
export type RequestSetupLinkInput = {
  /** The token of the expired (or replaced) Set up now link. */
  token: string;
};

/** Sets a new password with the emailed reset link. */
export type ResetPasswordInput = {
  /** The new password: 12 to 256 characters, letters mixed with digits or symbols (else `PASSWORD_TOO_WEAK`). */
  password: string;
  /** The token of the emailed link. */
  token: string;
};

/** The answer to a review or verify step of the wizard. */
export type ReviewInput = {
  /** true: the organization shown is the right one; false: it is not (the order goes ON_HOLD and a rep is asked). */
  recognized: boolean;
};

/** Sends a person a fresh activation link. */
export type SendActivationLinkInput = {
  /** The person (an `OrganizationUser` id). */
  userId: string | number;
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

/** What a scheduled change of a subscription does on its effective date. */
export type SubscriptionChangeKind =
  /** Cancels the subscription. */
  | 'CANCEL'
  /** Sets new quantities of its services (`services`). */
  | 'QUANTITIES';

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

/** What kind of bearer a token belongs to. */
export type ViewerKind =
  /** A rep with the ADMIN role. */
  | 'ADMIN'
  /** A machine key (the intake or the scheduler). */
  | 'API_KEY'
  /** An administrator of a customer organization. */
  | 'CUSTOMER_ADMIN'
  /** An administrator of a partner organization. */
  | 'PARTNER_ADMIN'
  /** A Cisco rep. */
  | 'REP'
  /** A Set up now wizard session. */
  | 'SETUP_SESSION';

export type PortalUserErrorFragment = { code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> };

export type PortalOrganizationFragment = { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number };

export type PortalSubscriptionFragment = { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null };

export type PortalOrganizationDetailsFragment = { name: string, country: string, address: string, city: string, postalCode: string };

export type PortalSessionFragment = { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null };

export type PortalStepPayloadFragment = { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> };

export type StartSetupMutationVariables = Exact<{
  input: StartSetupInput;
}>;


export type StartSetupMutation = { startSetup: { sessionToken: string | null, session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ChooseRoleMutationVariables = Exact<{
  input: ChooseRoleInput;
}>;


export type ChooseRoleMutation = { chooseRole: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ChooseSetupOwnerMutationVariables = Exact<{
  input: ChooseSetupOwnerInput;
}>;


export type ChooseSetupOwnerMutation = { chooseSetupOwner: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type CreatePartnerOrganizationMutationVariables = Exact<{
  input: CreatePartnerOrganizationInput;
}>;


export type CreatePartnerOrganizationMutation = { createPartnerOrganization: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ReviewPartnerOrganizationMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type ReviewPartnerOrganizationMutation = { reviewPartnerOrganization: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type SetCustomerAdministratorMutationVariables = Exact<{
  input: SetCustomerAdministratorInput;
}>;


export type SetCustomerAdministratorMutation = { setCustomerAdministrator: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ConfirmCustomerOrganizationMutationVariables = Exact<{
  input: ConfirmCustomerOrganizationInput;
}>;


export type ConfirmCustomerOrganizationMutation = { confirmCustomerOrganization: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type VerifyCustomerOrganizationMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type VerifyCustomerOrganizationMutation = { verifyCustomerOrganization: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type CompleteOrderSetupMutationVariables = Exact<{
  input: CompleteOrderSetupInput;
}>;


export type CompleteOrderSetupMutation = { completeOrderSetup: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type SetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;


export type SetPasswordMutation = { setPassword: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type SaveCallingSettingsMutationVariables = Exact<{
  input: CallingSettingsInput;
}>;


export type SaveCallingSettingsMutation = { saveCallingSettings: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type SaveMeetingSettingsMutationVariables = Exact<{
  input: MeetingSettingsInput;
}>;


export type SaveMeetingSettingsMutation = { saveMeetingSettings: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type SaveEnterpriseSettingsMutationVariables = Exact<{
  input: EnterpriseSettingsInput;
}>;


export type SaveEnterpriseSettingsMutation = { saveEnterpriseSettings: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ProvisionSubscriptionMutationVariables = Exact<{
  input: ProvisionInput;
}>;


export type ProvisionSubscriptionMutation = { provisionSubscription: { session: { id: string, nextStep: SetupStep, completedSteps: Array<SetupStep>, previousStep: SetupStep | null, backSteps: Array<SetupStep>, role: SetupRole | null, owner: SetupOwner | null, recipientEmail: string, recipientIsSharedAddress: boolean, customerAdministratorEmail: string | null, missingSettings: Array<MissingSetting>, expiresAt: string, order: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, locale: string, requestedStartDate: string, timeZone: string, provisioningContactEmail: string, partnerName: string, customerName: string, services: Array<{ kind: ServiceKind, quantity: number }> }, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, newPartnerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, newCustomerOrganization: { name: string, country: string, address: string, city: string, postalCode: string } | null, customerOrganizationCandidates: Array<{ id: string, name: string, city: string | null, country: string | null, createdAt: string, activeSubscriptionCount: number }>, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } | null, subscription: { id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type CheckSubdomainAvailabilityQueryVariables = Exact<{
  subdomain: string;
}>;


export type CheckSubdomainAvailabilityQuery = { checkSubdomainAvailability: { subdomain: string, available: boolean, reason: UserErrorCode | null, message: string | null } };

export type PortalViewerFragment = { id: string, kind: ViewerKind, email: string | null, organization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string | null, expiresAt: string | null, viewer: { id: string, kind: ViewerKind, email: string | null, organization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ActivateAccountMutationVariables = Exact<{
  input: ActivateAccountInput;
}>;


export type ActivateAccountMutation = { activateAccount: { token: string | null, expiresAt: string | null, viewer: { id: string, kind: ViewerKind, email: string | null, organization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type LogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type LogoutMutation = { logout: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, kind: ViewerKind, email: string | null, organization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null } | null };

export type MyOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyOrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, ccwOrderNumber: string, offer: Offer, status: OrderStatus, requestedStartDate: string, timeZone: string, locale: string, provisioningContactEmail: string, createdAt: string, services: Array<{ kind: ServiceKind, quantity: number }>, partnerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, customerOrganization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null, subscription: { suspendedAt: string | null, cancelledAt: string | null, id: string, status: SubscriptionStatus, subdomain: string | null, billingStartedAt: string | null, scheduledChanges: Array<{ id: string, kind: SubscriptionChangeKind, effectiveAt: string, services: Array<{ kind: ServiceKind, quantity: number }> | null }>, services: Array<{ kind: ServiceKind, quantity: number }>, callingSettings: { locationName: string, address: string, city: string, postalCode: string, country: string, timeZone: string, announcementLanguage: string, emailLanguage: string, mainNumber: string | null } | null, meetingSettings: { siteName: string, timeZone: string, language: string } | null } | null } }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { token: string | null, expiresAt: string | null, viewer: { id: string, kind: ViewerKind, email: string | null, organization: { id: string, kind: OrganizationKind, name: string, country: string | null, address: string | null, city: string | null, postalCode: string | null, createdAt: string, activeSubscriptionCount: number } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, params: Record<string, unknown> }> } };

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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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
  address
  city
  postalCode
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