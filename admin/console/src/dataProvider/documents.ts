/**
 * What each page of the console reads. Lists ask for little; show pages for everything they show.
 * Every document is written out here in full (no text is assembled at run time); `npm run codegen`
 * checks each against schema/schema.graphql and generates its types into ../generated.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../generated/index.js';

graphql(`
  fragment ConsoleAudit on AuditEntry {
    id
    at
    actorKind
    actorLabel
    action
    targetType
    targetId
    before
    after
  }
`);

graphql(`
  fragment ConsoleRep on Rep {
    id
    name
    email
    role
    active
    createdAt
  }
`);

graphql(`
  fragment ConsoleOrganizationBrief on Organization {
    id
    kind
    name
    country
    city
    createdAt
    activeSubscriptionCount
  }
`);

graphql(`
  fragment ConsoleEscalationListFields on Escalation {
    id
    kind
    status
    createdAt
    ageHours
    slaBreached
    slaDueAt
    partnerContactedAt
    resolvedAt
    assignee {
      id
      name
      email
    }
    order {
      id
      ccwOrderNumber
      status
      partnerName
      customerName
      provisioningContactEmail
      overdue
    }
  }
`);

graphql(`
  fragment ConsoleEscalationDetail on Escalation {
    ...ConsoleEscalationListFields
    resolution
    resolvedBy {
      id
      name
      email
    }
    partnerContactedBy {
      id
      name
      email
    }
    notes {
      id
      body
      createdAt
      author {
        id
        name
        email
      }
    }
    organizationInQuestion {
      ...ConsoleOrganizationBrief
      partnerAccountId
      managingPartner {
        id
        name
      }
    }
    organizationNow {
      id
      name
    }
    order {
      id
      ccwOrderNumber
      offer
      status
      partnerName
      partnerAccountId
      customerName
      provisioningContactEmail
      requestedStartDate
      timeZone
      overdue
      overdueAt
      linkSentAt
      linkExpiresAt
      setupStartedAt
      availableActions
      setupHolder
      services {
        kind
        quantity
      }
      partnerOrganization {
        id
        name
      }
      customerOrganization {
        id
        name
      }
      auditTrail {
        ...ConsoleAudit
      }
    }
  }
`);

graphql(`
  fragment ConsoleOrderListFields on Order {
    id
    ccwOrderNumber
    offer
    status
    requestedStartDate
    partnerName
    customerName
    provisioningContactEmail
    overdue
    createdAt
    demo
    partnerOrganization {
      id
      name
    }
    customerOrganization {
      id
      name
    }
  }
`);

graphql(`
  fragment ConsoleOrderDetail on Order {
    ...ConsoleOrderListFields
    timeZone
    locale
    partnerAccountId
    services {
      kind
      quantity
    }
    linkSentAt
    linkExpiresAt
    setupStartedAt
    overdueAt
    setUpAt
    provisionedAt
    updatedAt
    customerSelfSetup
    availableActions
    setupHolder
    partnerOrganization {
      ...ConsoleOrganizationBrief
    }
    customerOrganization {
      ...ConsoleOrganizationBrief
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
    escalations {
      id
      kind
      status
      createdAt
      resolvedAt
      resolution
      assignee {
        id
        name
      }
    }
    outboxMessages {
      id
      template
      recipient
      subject
      locale
      status
      attempts
      lastError
      sentAt
      createdAt
    }
    setupLinks {
      id
      kind
      recipientEmail
      audience
      createdAt
      expiresAt
      revokedAt
      usedAt
    }
    auditTrail {
      ...ConsoleAudit
    }
  }
`);

graphql(`
  fragment ConsoleOrganizationListFields on Organization {
    ...ConsoleOrganizationBrief
    partnerAccountId
    subdomain
    orderCount
    demo
    managingPartner {
      id
      name
    }
  }
`);

graphql(`
  fragment ConsoleOrganizationDetail on Organization {
    ...ConsoleOrganizationListFields
    address
    postalCode
    updatedAt
    users {
      id
      email
      role
      activated
      createdAt
    }
    auditTrail {
      ...ConsoleAudit
    }
  }
`);

graphql(`
  fragment ConsoleSubscriptionListFields on Subscription {
    id
    status
    createdAt
    billingStartedAt
    subdomain
    services {
      kind
      quantity
    }
    customerOrganization {
      id
      name
    }
    order {
      id
      ccwOrderNumber
      status
    }
  }
`);

graphql(`
  fragment ConsoleSubscriptionDetail on Subscription {
    ...ConsoleSubscriptionListFields
    meetingSettings {
      siteName
      siteUrl
      timeZone
      language
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
    suspendedAt
    suspensionReason
    cancelledAt
    cancellationReason
    order {
      id
      timeZone
    }
    scheduledChanges {
      id
      kind
      status
      effectiveAt
      createdAt
      services {
        kind
        quantity
      }
    }
    auditTrail {
      ...ConsoleAudit
    }
  }
`);

graphql(`
  fragment ConsoleUserError on UserError {
    code
    message
    field
    params
  }
`);

graphql(`
  fragment ConsoleWebhook on WebhookSubscription {
    id
    url
    eventTypes
    description
    enabled
    ownedByApiKey
    createdBy
    createdAt
    updatedAt
    secretRotatedAt
    previousSecretExpiresAt
    pausedAt
    pauseReason
    consecutiveFailures
  }
`);

export interface ResourceDocuments {
  list: TypedDocumentNode<any, any>;
  one: TypedDocumentNode<any, any>;
  /** The Query field of the list and of one record. */
  listField: string;
  oneField: string;
}

export const RESOURCES = {
  escalations: {
    listField: 'escalationQueue',
    oneField: 'escalation',
    list: graphql(`
      query escalationQueue($offset: Int, $limit: Int, $sortField: EscalationSortField, $sortOrder: SortOrder, $filter: EscalationQueueFilter) {
        escalationQueue(offset: $offset, limit: $limit, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          totalCount
          nodes {
            ...ConsoleEscalationListFields
          }
        }
      }
    `),
    one: graphql(`
      query escalation($id: ID!) {
        escalation(id: $id) {
          ...ConsoleEscalationDetail
        }
      }
    `),
  },
  orders: {
    listField: 'searchOrders',
    oneField: 'order',
    list: graphql(`
      query searchOrders($offset: Int, $limit: Int, $sortField: OrderSortField, $sortOrder: SortOrder, $filter: OrderSearchFilter) {
        searchOrders(offset: $offset, limit: $limit, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          totalCount
          nodes {
            ...ConsoleOrderListFields
          }
        }
      }
    `),
    one: graphql(`
      query order($id: ID!) {
        order(id: $id) {
          ...ConsoleOrderDetail
        }
      }
    `),
  },
  organizations: {
    listField: 'searchOrganizations',
    oneField: 'organization',
    list: graphql(`
      query searchOrganizations($offset: Int, $limit: Int, $sortField: OrganizationSortField, $sortOrder: SortOrder, $filter: OrganizationSearchFilter) {
        searchOrganizations(offset: $offset, limit: $limit, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          totalCount
          nodes {
            ...ConsoleOrganizationListFields
          }
        }
      }
    `),
    one: graphql(`
      query organization($id: ID!) {
        organization(id: $id) {
          ...ConsoleOrganizationDetail
        }
      }
    `),
  },
  subscriptions: {
    listField: 'searchSubscriptions',
    oneField: 'subscription',
    list: graphql(`
      query searchSubscriptions($offset: Int, $limit: Int, $sortField: SubscriptionSortField, $sortOrder: SortOrder, $filter: SubscriptionSearchFilter) {
        searchSubscriptions(offset: $offset, limit: $limit, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          totalCount
          nodes {
            ...ConsoleSubscriptionListFields
          }
        }
      }
    `),
    one: graphql(`
      query subscription($id: ID!) {
        subscription(id: $id) {
          ...ConsoleSubscriptionDetail
        }
      }
    `),
  },
  reps: {
    listField: 'searchReps',
    oneField: 'rep',
    list: graphql(`
      query searchReps($offset: Int, $limit: Int, $sortField: RepSortField, $sortOrder: SortOrder, $filter: RepSearchFilter) {
        searchReps(offset: $offset, limit: $limit, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {
          totalCount
          nodes {
            ...ConsoleRep
          }
        }
      }
    `),
    one: graphql(`
      query rep($id: ID!) {
        rep(id: $id) {
          ...ConsoleRep
        }
      }
    `),
  },
  webhooks: {
    listField: 'webhookSubscriptions',
    oneField: 'webhookSubscription',
    list: graphql(`
      query webhookSubscriptions($offset: Int, $limit: Int) {
        webhookSubscriptions(offset: $offset, limit: $limit) {
          totalCount
          nodes {
            ...ConsoleWebhook
          }
        }
      }
    `),
    one: graphql(`
      query webhookSubscription($id: ID!) {
        webhookSubscription(id: $id) {
          ...ConsoleWebhook
        }
      }
    `),
  },
} as const satisfies Record<string, ResourceDocuments>;

export type ResourceName = keyof typeof RESOURCES;

export const UPDATE = {
  organizations: graphql(`
    mutation updateOrganization($input: UpdateOrganizationInput!) {
      updateOrganization(input: $input) {
        errors {
          ...ConsoleUserError
        }
        organization {
          ...ConsoleOrganizationDetail
        }
      }
    }
  `),
  subscriptions: graphql(`
    mutation updateSubscriptionSettings($input: UpdateSubscriptionSettingsInput!) {
      updateSubscriptionSettings(input: $input) {
        errors {
          ...ConsoleUserError
        }
        subscription {
          ...ConsoleSubscriptionDetail
        }
      }
    }
  `),
  reps: graphql(`
    mutation updateRep($input: UpdateRepInput!) {
      updateRep(input: $input) {
        errors {
          ...ConsoleUserError
        }
        rep {
          ...ConsoleRep
        }
      }
    }
  `),
};

export const CREATE = {
  reps: graphql(`
    mutation createRep($input: CreateRepInput!) {
      createRep(input: $input) {
        errors {
          ...ConsoleUserError
        }
        rep {
          ...ConsoleRep
        }
      }
    }
  `),
};

/** The reps' actions on an escalation or an order; each answers with a payload and its errors. */
export const ACTIONS = {
  assignEscalation: graphql(`
    mutation assignEscalation($input: AssignEscalationInput!) {
      assignEscalation(input: $input) {
        errors {
          ...ConsoleUserError
        }
        escalation {
          id
        }
      }
    }
  `),
  unassignEscalation: graphql(`
    mutation unassignEscalation($input: UnassignEscalationInput!) {
      unassignEscalation(input: $input) {
        errors {
          ...ConsoleUserError
        }
        escalation {
          id
        }
      }
    }
  `),
  addEscalationNote: graphql(`
    mutation addEscalationNote($input: AddEscalationNoteInput!) {
      addEscalationNote(input: $input) {
        errors {
          ...ConsoleUserError
        }
        escalation {
          id
        }
      }
    }
  `),
  markPartnerContacted: graphql(`
    mutation markPartnerContacted($input: MarkPartnerContactedInput!) {
      markPartnerContacted(input: $input) {
        errors {
          ...ConsoleUserError
        }
        escalation {
          id
        }
      }
    }
  `),
  resolveEscalation: graphql(`
    mutation resolveEscalation($input: ResolveEscalationInput!) {
      resolveEscalation(input: $input) {
        errors {
          ...ConsoleUserError
        }
        escalation {
          id
        }
      }
    }
  `),
  reassignOrderOrganization: graphql(`
    mutation reassignOrderOrganization($input: ReassignOrderOrganizationInput!) {
      reassignOrderOrganization(input: $input) {
        errors {
          ...ConsoleUserError
        }
        escalation {
          id
        }
      }
    }
  `),
  takeOrderBack: graphql(`
    mutation takeOrderBack($input: TakeOrderBackInput!) {
      takeOrderBack(input: $input) {
        errors {
          ...ConsoleUserError
        }
        order {
          id
        }
      }
    }
  `),
  cancelOrder: graphql(`
    mutation cancelOrder($input: CancelOrderInput!) {
      cancelOrder(input: $input) {
        errors {
          ...ConsoleUserError
        }
        order {
          id
        }
      }
    }
  `),
  updateProvisioningContact: graphql(`
    mutation updateProvisioningContact($input: UpdateProvisioningContactInput!) {
      updateProvisioningContact(input: $input) {
        errors {
          ...ConsoleUserError
        }
        order {
          id
        }
      }
    }
  `),
  // The subscription after provisioning (#26): each names the subscription's order.
  suspendSubscription: graphql(`
    mutation suspendSubscription($input: SuspendSubscriptionInput!) {
      suspendSubscription(input: $input) {
        errors {
          ...ConsoleUserError
        }
        subscription {
          id
        }
      }
    }
  `),
  resumeSubscription: graphql(`
    mutation resumeSubscription($input: ResumeSubscriptionInput!) {
      resumeSubscription(input: $input) {
        errors {
          ...ConsoleUserError
        }
        subscription {
          id
        }
      }
    }
  `),
  cancelSubscription: graphql(`
    mutation cancelSubscription($input: CancelSubscriptionInput!) {
      cancelSubscription(input: $input) {
        errors {
          ...ConsoleUserError
        }
        subscription {
          id
        }
      }
    }
  `),
  changeSubscriptionQuantities: graphql(`
    mutation changeSubscriptionQuantities($input: ChangeSubscriptionQuantitiesInput!) {
      changeSubscriptionQuantities(input: $input) {
        errors {
          ...ConsoleUserError
        }
        subscription {
          id
        }
      }
    }
  `),
  transferCustomerOrganization: graphql(`
    mutation transferCustomerOrganization($input: TransferCustomerOrganizationInput!) {
      transferCustomerOrganization(input: $input) {
        errors {
          ...ConsoleUserError
        }
        organization {
          id
        }
      }
    }
  `),
} as const;

export type ActionName = keyof typeof ACTIONS;

export const DASHBOARD = graphql(`
  query dashboard {
    dashboard {
      asOf
      openEscalations
      slaBreachedEscalations
      overdueOrders
      ordersOnHold
      weekStart
      openEscalationsByKindAndAge {
        kind
        age
        count
      }
      ordersByStatusThisWeek {
        status
        count
      }
      funnel {
        since
        placed
        setupStarted
        setUp
        provisioned
      }
    }
  }
`);

export const ESCALATION_COUNTS = graphql(`
  query escalationQueueCounts($filter: EscalationQueueFilter) {
    escalationQueueCounts(filter: $filter) {
      total
      slaBreached
      byStatus {
        status
        count
      }
      byKind {
        kind
        count
      }
    }
  }
`);

export const LOGIN = graphql(`
  mutation login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      viewer {
        id
        kind
        email
      }
      errors {
        ...ConsoleUserError
      }
    }
  }
`);

export const LOGOUT = graphql(`
  mutation logout {
    logout(input: {}) {
      errors {
        code
      }
    }
  }
`);

export const REP_NAME = graphql(`
  query repName($id: ID!) {
    rep(id: $id) {
      id
      name
    }
  }
`);

// ── Account recovery: "Forgot your password?" and new activation links ──────────────────────
export const REQUEST_PASSWORD_RESET = graphql(`
  mutation requestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      errors {
        ...ConsoleUserError
      }
    }
  }
`);
export const RESET_PASSWORD = graphql(`
  mutation resetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      token
      expiresAt
      viewer {
        id
        kind
        email
      }
      errors {
        ...ConsoleUserError
      }
    }
  }
`);
export const SEND_ACTIVATION_LINK = graphql(`
  mutation sendActivationLink($input: SendActivationLinkInput!) {
    sendActivationLink(input: $input) {
      user {
        id
        activated
      }
      errors {
        ...ConsoleUserError
      }
    }
  }
`);

// ── Single sign-on and bulk work ─────────────────────────────────────────────────────────────
export const SINGLE_SIGN_ON = graphql(`
  query singleSignOn {
    singleSignOn {
      enabled
      loginPath
    }
  }
`);
export const COMPLETE_SINGLE_SIGN_ON = graphql(`
  mutation completeSingleSignOn($input: CompleteSingleSignOnInput!) {
    completeSingleSignOn(input: $input) {
      token
      expiresAt
      viewer {
        id
        kind
        email
      }
      errors {
        ...ConsoleUserError
      }
    }
  }
`);
export const BULK_ACTIONS = {
  assignEscalations: graphql(`
    mutation assignEscalations($input: AssignEscalationsInput!) {
      assignEscalations(input: $input) {
        results {
          id
          errors {
            ...ConsoleUserError
          }
        }
        errors {
          ...ConsoleUserError
        }
      }
    }
  `),
  resolveEscalations: graphql(`
    mutation resolveEscalations($input: ResolveEscalationsInput!) {
      resolveEscalations(input: $input) {
        results {
          id
          errors {
            ...ConsoleUserError
          }
        }
        errors {
          ...ConsoleUserError
        }
      }
    }
  `),
} as const;
export const RESEND_EMAIL = graphql(`
  mutation resendEmail($input: ResendEmailInput!) {
    resendEmail(input: $input) {
      errors {
        ...ConsoleUserError
      }
      email {
        id
        status
        attempts
      }
    }
  }
`);

// Signed webhooks (admins manage; every rep reads the delivery log and sends a FAILED delivery again).
export const WEBHOOK_CREATE = graphql(`
  mutation createWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      errors {
        ...ConsoleUserError
      }
      secret
      subscription {
        ...ConsoleWebhook
      }
    }
  }
`);
export const WEBHOOK_ROTATE = graphql(`
  mutation rotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      errors {
        ...ConsoleUserError
      }
      secret
      subscription {
        ...ConsoleWebhook
      }
    }
  }
`);
export const WEBHOOK_RESUME = graphql(`
  mutation resumeWebhookSubscription($input: ResumeWebhookSubscriptionInput!) {
    resumeWebhookSubscription(input: $input) {
      errors {
        ...ConsoleUserError
      }
      subscription {
        ...ConsoleWebhook
      }
    }
  }
`);

export const WEBHOOK_UPDATE = graphql(`
  mutation updateWebhookSubscription($input: UpdateWebhookSubscriptionInput!) {
    updateWebhookSubscription(input: $input) {
      errors {
        ...ConsoleUserError
      }
      subscription {
        ...ConsoleWebhook
      }
    }
  }
`);
export const WEBHOOK_DELETE = graphql(`
  mutation deleteWebhookSubscription($input: DeleteWebhookSubscriptionInput!) {
    deleteWebhookSubscription(input: $input) {
      errors {
        ...ConsoleUserError
      }
      deletedId
    }
  }
`);
export const WEBHOOK_DELIVERIES = graphql(`
  query webhookDeliveries($offset: Int, $limit: Int, $filter: WebhookDeliveryFilter) {
    webhookDeliveries(offset: $offset, limit: $limit, filter: $filter) {
      totalCount
      nodes {
        id
        subscriptionId
        eventId
        eventType
        eventAt
        orderId
        ccwOrderNumber
        status
        attempts
        lastAttemptAt
        lastResponseStatus
        lastError
        nextAttemptAt
        deliveredAt
        heldBecause
      }
    }
  }
`);
export const WEBHOOK_RESEND = graphql(`
  mutation resendWebhookDelivery($input: ResendWebhookDeliveryInput!) {
    resendWebhookDelivery(input: $input) {
      errors {
        ...ConsoleUserError
      }
      delivery {
        id
        status
        attempts
      }
    }
  }
`);
