import { gql } from '@apollo/client';

/** What each page of the console reads. Lists ask for little; show pages for everything they show. */

const AUDIT = 'id at actorKind actorLabel action targetType targetId before after';
const REP = 'id name email role active createdAt';
const ORGANIZATION_BRIEF = 'id kind name country city createdAt activeSubscriptionCount';

const ESCALATION_LIST = `
  id kind status createdAt ageHours slaBreached slaDueAt partnerContactedAt resolvedAt
  assignee { id name email }
  order { id ccwOrderNumber status partnerName customerName provisioningContactEmail overdue }`;

const ESCALATION_DETAIL = `
  ${ESCALATION_LIST}
  resolution resolvedBy { id name email } partnerContactedBy { id name email }
  notes { id body createdAt author { id name email } }
  organizationInQuestion { ${ORGANIZATION_BRIEF} partnerAccountId managingPartner { id name } }
  order {
    id ccwOrderNumber offer status partnerName partnerAccountId customerName provisioningContactEmail
    requestedStartDate timeZone overdue overdueAt linkSentAt linkExpiresAt setupStartedAt availableActions setupHolder
    services { kind quantity }
    partnerOrganization { id name } customerOrganization { id name }
    auditTrail { ${AUDIT} }
  }`;

const ORDER_LIST = `
  id ccwOrderNumber offer status requestedStartDate partnerName customerName provisioningContactEmail overdue createdAt demo
  partnerOrganization { id name } customerOrganization { id name }`;

const ORDER_DETAIL = `
  ${ORDER_LIST}
  timeZone locale partnerAccountId services { kind quantity }
  linkSentAt linkExpiresAt setupStartedAt overdueAt setUpAt provisionedAt updatedAt customerSelfSetup availableActions setupHolder
  partnerOrganization { ${ORGANIZATION_BRIEF} } customerOrganization { ${ORGANIZATION_BRIEF} }
  subscription { id status billingStartedAt subdomain services { kind quantity } }
  escalations { id kind status createdAt resolvedAt resolution assignee { id name } }
  outboxMessages { id template recipient subject locale status attempts lastError sentAt createdAt }
  setupLinks { id kind recipientEmail audience createdAt expiresAt revokedAt usedAt }
  auditTrail { ${AUDIT} }`;

const ORGANIZATION_LIST = `
  ${ORGANIZATION_BRIEF} partnerAccountId subdomain orderCount demo managingPartner { id name }`;

const ORGANIZATION_DETAIL = `
  ${ORGANIZATION_LIST} address postalCode updatedAt
  users { id email role activated createdAt }
  auditTrail { ${AUDIT} }`;

const SUBSCRIPTION_LIST = `
  id status createdAt billingStartedAt subdomain services { kind quantity }
  customerOrganization { id name }
  order { id ccwOrderNumber status }`;

const SUBSCRIPTION_DETAIL = `
  ${SUBSCRIPTION_LIST}
  meetingSettings { siteName siteUrl timeZone language }
  callingSettings { locationName address city postalCode country timeZone announcementLanguage emailLanguage mainNumber }
  auditTrail { ${AUDIT} }`;

const PAGE_ARGS = '$offset: Int, $limit: Int';

export interface ResourceDocuments {
  list: ReturnType<typeof gql>;
  one: ReturnType<typeof gql>;
  /** The Query field of the list and of one record. */
  listField: string;
  oneField: string;
}

function resource(listField: string, oneField: string, sortEnum: string, filterInput: string, listFields: string, detailFields: string): ResourceDocuments {
  return {
    listField,
    oneField,
    list: gql(`query ${listField}(${PAGE_ARGS}, $sortField: ${sortEnum}, $sortOrder: SortOrder, $filter: ${filterInput}) {
      ${listField}(offset: $offset, limit: $limit, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { totalCount nodes { ${listFields} } }
    }`),
    one: gql(`query ${oneField}($id: ID!) { ${oneField}(id: $id) { ${detailFields} } }`),
  };
}

export const RESOURCES = {
  escalations: resource('escalationQueue', 'escalation', 'EscalationSortField', 'EscalationQueueFilter', ESCALATION_LIST, ESCALATION_DETAIL),
  orders: resource('searchOrders', 'order', 'OrderSortField', 'OrderSearchFilter', ORDER_LIST, ORDER_DETAIL),
  organizations: resource('searchOrganizations', 'organization', 'OrganizationSortField', 'OrganizationSearchFilter', ORGANIZATION_LIST, ORGANIZATION_DETAIL),
  subscriptions: resource('searchSubscriptions', 'subscription', 'SubscriptionSortField', 'SubscriptionSearchFilter', SUBSCRIPTION_LIST, SUBSCRIPTION_DETAIL),
  reps: resource('searchReps', 'rep', 'RepSortField', 'RepSearchFilter', REP, REP),
} as const;

export type ResourceName = keyof typeof RESOURCES;

const ERRORS = 'errors { code message field }';

export const UPDATE = {
  organizations: gql(`mutation updateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${ERRORS} organization { ${ORGANIZATION_DETAIL} } } }`),
  subscriptions: gql(`mutation updateSubscriptionSettings($input: UpdateSubscriptionSettingsInput!) { updateSubscriptionSettings(input: $input) { ${ERRORS} subscription { ${SUBSCRIPTION_DETAIL} } } }`),
  reps: gql(`mutation updateRep($input: UpdateRepInput!) { updateRep(input: $input) { ${ERRORS} rep { ${REP} } } }`),
};

export const CREATE = {
  reps: gql(`mutation createRep($input: CreateRepInput!) { createRep(input: $input) { ${ERRORS} rep { ${REP} } } }`),
};

/** The reps' actions on an escalation or an order; each answers with a payload and its errors. */
export const ACTIONS = {
  assignEscalation: gql(`mutation assignEscalation($input: AssignEscalationInput!) { assignEscalation(input: $input) { ${ERRORS} escalation { id } } }`),
  addEscalationNote: gql(`mutation addEscalationNote($input: AddEscalationNoteInput!) { addEscalationNote(input: $input) { ${ERRORS} escalation { id } } }`),
  markPartnerContacted: gql(`mutation markPartnerContacted($input: MarkPartnerContactedInput!) { markPartnerContacted(input: $input) { ${ERRORS} escalation { id } } }`),
  resolveEscalation: gql(`mutation resolveEscalation($input: ResolveEscalationInput!) { resolveEscalation(input: $input) { ${ERRORS} escalation { id } } }`),
  reassignOrderOrganization: gql(
    `mutation reassignOrderOrganization($input: ReassignOrderOrganizationInput!) { reassignOrderOrganization(input: $input) { ${ERRORS} escalation { id } } }`,
  ),
  cancelOrder: gql(`mutation cancelOrder($input: CancelOrderInput!) { cancelOrder(input: $input) { ${ERRORS} order { id } } }`),
  takeOrderBack: gql(`mutation takeOrderBack($input: TakeOrderBackInput!) { takeOrderBack(input: $input) { ${ERRORS} order { id } } }`),
  updateProvisioningContact: gql(
    `mutation updateProvisioningContact($input: UpdateProvisioningContactInput!) { updateProvisioningContact(input: $input) { ${ERRORS} order { id } } }`,
  ),
} as const;

export type ActionName = keyof typeof ACTIONS;

export const DASHBOARD = gql(`query dashboard {
  dashboard {
    asOf openEscalations slaBreachedEscalations overdueOrders ordersOnHold weekStart
    openEscalationsByKindAndAge { kind age count }
    ordersByStatusThisWeek { status count }
    funnel { since placed setupStarted setUp provisioned }
  }
}`);

export const ESCALATION_COUNTS = gql(`query escalationQueueCounts($filter: EscalationQueueFilter) {
  escalationQueueCounts(filter: $filter) { total slaBreached byStatus { status count } byKind { kind count } }
}`);

export const LOGIN = gql(`mutation login($input: LoginInput!) { login(input: $input) { token expiresAt viewer { id kind email } ${ERRORS} } }`);
export const LOGOUT = gql(`mutation logout { logout(input: {}) { errors { code } } }`);
export const REP_NAME = gql(`query repName($id: ID!) { rep(id: $id) { id name } }`);

// ── Account recovery: "Forgot your password?" and new activation links ──────────────────────
export const REQUEST_PASSWORD_RESET = gql(`mutation requestPasswordReset($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { ${ERRORS} } }`);
export const RESET_PASSWORD = gql(`mutation resetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) { token expiresAt viewer { id kind email } ${ERRORS} } }`);
export const SEND_ACTIVATION_LINK = gql(`mutation sendActivationLink($input: SendActivationLinkInput!) { sendActivationLink(input: $input) { user { id activated } ${ERRORS} } }`);
// --- Single sign-on and bulk work (issue 18) ------------------------------------------------------
export const SINGLE_SIGN_ON = gql(`query singleSignOn { singleSignOn { enabled loginPath } }`);
export const COMPLETE_SINGLE_SIGN_ON = gql(
  `mutation completeSingleSignOn($input: CompleteSingleSignOnInput!) { completeSingleSignOn(input: $input) { token expiresAt viewer { id kind email } ${ERRORS} } }`,
);
const BULK_RESULTS = `results { id errors { code message field } } ${ERRORS}`;
export const BULK_ACTIONS = {
  assignEscalations: gql(`mutation assignEscalations($input: AssignEscalationsInput!) { assignEscalations(input: $input) { ${BULK_RESULTS} } }`),
  resolveEscalations: gql(`mutation resolveEscalations($input: ResolveEscalationsInput!) { resolveEscalations(input: $input) { ${BULK_RESULTS} } }`),
} as const;
export const RESEND_EMAIL = gql(`mutation resendEmail($input: ResendEmailInput!) { resendEmail(input: $input) { ${ERRORS} email { id status attempts } } }`);
// --- end of single sign-on and bulk work ----------------------------------------------------------
