/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment PortalUserError on UserError {\n    code\n    message\n    field\n    params\n  }\n": typeof types.PortalUserErrorFragmentDoc,
    "\n  fragment PortalOrganization on Organization {\n    id\n    kind\n    name\n    country\n    address\n    city\n    postalCode\n    createdAt\n    activeSubscriptionCount\n  }\n": typeof types.PortalOrganizationFragmentDoc,
    "\n  fragment PortalSubscription on Subscription {\n    id\n    status\n    subdomain\n    billingStartedAt\n    services {\n      kind\n      quantity\n    }\n    callingSettings {\n      locationName\n      address\n      city\n      postalCode\n      country\n      timeZone\n      announcementLanguage\n      emailLanguage\n      mainNumber\n    }\n    meetingSettings {\n      siteName\n      timeZone\n      language\n    }\n  }\n": typeof types.PortalSubscriptionFragmentDoc,
    "\n  fragment PortalOrganizationDetails on OrganizationDraft {\n    name\n    country\n    address\n    city\n    postalCode\n  }\n": typeof types.PortalOrganizationDetailsFragmentDoc,
    "\n  fragment PortalSession on SetupSession {\n    id\n    nextStep\n    completedSteps\n    previousStep\n    backSteps\n    role\n    owner\n    recipientEmail\n    recipientIsSharedAddress\n    customerAdministratorEmail\n    missingSettings\n    expiresAt\n    order {\n      id\n      ccwOrderNumber\n      offer\n      status\n      locale\n      requestedStartDate\n      timeZone\n      provisioningContactEmail\n      partnerName\n      customerName\n      services {\n        kind\n        quantity\n      }\n    }\n    partnerOrganization {\n      ...PortalOrganization\n    }\n    customerOrganization {\n      ...PortalOrganization\n    }\n    newPartnerOrganization {\n      ...PortalOrganizationDetails\n    }\n    newCustomerOrganization {\n      ...PortalOrganizationDetails\n    }\n    customerOrganizationCandidates {\n      id\n      name\n      city\n      country\n      createdAt\n      activeSubscriptionCount\n    }\n    subscription {\n      ...PortalSubscription\n    }\n  }\n": typeof types.PortalSessionFragmentDoc,
    "\n  fragment PortalStepPayload on SetupSessionPayload {\n    session {\n      ...PortalSession\n    }\n    subscription {\n      ...PortalSubscription\n    }\n    errors {\n      ...PortalUserError\n    }\n  }\n": typeof types.PortalStepPayloadFragmentDoc,
    "\n  mutation StartSetup($input: StartSetupInput!) {\n    startSetup(input: $input) {\n      sessionToken\n      session {\n        ...PortalSession\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": typeof types.StartSetupDocument,
    "\n    mutation ChooseRole($input: ChooseRoleInput!) {\n      chooseRole(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": typeof types.ChooseRoleDocument,
    "\n    mutation ChooseSetupOwner($input: ChooseSetupOwnerInput!) {\n      chooseSetupOwner(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": typeof types.ChooseSetupOwnerDocument,
    "\n    mutation CreatePartnerOrganization($input: CreatePartnerOrganizationInput!) {\n      createPartnerOrganization(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": typeof types.CreatePartnerOrganizationDocument,
    "\n    mutation ReviewPartnerOrganization($input: ReviewInput!) {\n      reviewPartnerOrganization(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": typeof types.ReviewPartnerOrganizationDocument,
    "\n    mutation SetCustomerAdministrator($input: SetCustomerAdministratorInput!) {\n      setCustomerAdministrator(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": typeof types.SetCustomerAdministratorDocument,
    "\n    mutation ConfirmCustomerOrganization($input: ConfirmCustomerOrganizationInput!) {\n      confirmCustomerOrganization(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": typeof types.ConfirmCustomerOrganizationDocument,
    "\n    mutation VerifyCustomerOrganization($input: ReviewInput!) {\n      verifyCustomerOrganization(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": typeof types.VerifyCustomerOrganizationDocument,
    "\n    mutation CompleteOrderSetup($input: CompleteOrderSetupInput!) {\n      completeOrderSetup(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": typeof types.CompleteOrderSetupDocument,
    "\n    mutation SetPassword($input: SetPasswordInput!) {\n      setPassword(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": typeof types.SetPasswordDocument,
    "\n    mutation SaveCallingSettings($input: CallingSettingsInput!) {\n      saveCallingSettings(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": typeof types.SaveCallingSettingsDocument,
    "\n    mutation SaveMeetingSettings($input: MeetingSettingsInput!) {\n      saveMeetingSettings(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": typeof types.SaveMeetingSettingsDocument,
    "\n    mutation SaveEnterpriseSettings($input: EnterpriseSettingsInput!) {\n      saveEnterpriseSettings(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": typeof types.SaveEnterpriseSettingsDocument,
    "\n    mutation ProvisionSubscription($input: ProvisionInput!) {\n      provisionSubscription(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": typeof types.ProvisionSubscriptionDocument,
    "\n  query CheckSubdomainAvailability($subdomain: String!) {\n    checkSubdomainAvailability(subdomain: $subdomain) {\n      subdomain\n      available\n      reason\n      message\n    }\n  }\n": typeof types.CheckSubdomainAvailabilityDocument,
    "\n  fragment PortalViewer on Viewer {\n    id\n    kind\n    email\n    organization {\n      ...PortalOrganization\n    }\n  }\n": typeof types.PortalViewerFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...PortalViewer\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ActivateAccount($input: ActivateAccountInput!) {\n    activateAccount(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...PortalViewer\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": typeof types.ActivateAccountDocument,
    "\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) {\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      ...PortalViewer\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query MyOrders($first: Int, $after: String) {\n    orders(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ccwOrderNumber\n          offer\n          status\n          requestedStartDate\n          timeZone\n          locale\n          provisioningContactEmail\n          createdAt\n          services {\n            kind\n            quantity\n          }\n          partnerOrganization {\n            ...PortalOrganization\n          }\n          customerOrganization {\n            ...PortalOrganization\n          }\n          subscription {\n            ...PortalSubscription\n            suspendedAt\n            cancelledAt\n            scheduledChanges {\n              id\n              kind\n              effectiveAt\n              services {\n                kind\n                quantity\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyOrdersDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...PortalViewer\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RequestActivationLink($input: RequestActivationLinkInput!) {\n    requestActivationLink(input: $input) {\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": typeof types.RequestActivationLinkDocument,
    "\n  mutation RequestSetupLink($input: RequestSetupLinkInput!) {\n    requestSetupLink(input: $input) {\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": typeof types.RequestSetupLinkDocument,
    "\n  fragment PortalOrganizationUser on OrganizationUser {\n    id\n    email\n    role\n    activated\n    createdAt\n  }\n": typeof types.PortalOrganizationUserFragmentDoc,
    "\n  query OrganizationUsers {\n    organizationUsers {\n      ...PortalOrganizationUser\n    }\n  }\n": typeof types.OrganizationUsersDocument,
    "\n  mutation SendActivationLink($input: SendActivationLinkInput!) {\n    sendActivationLink(input: $input) {\n      user {\n        ...PortalOrganizationUser\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": typeof types.SendActivationLinkDocument,
};
const documents: Documents = {
    "\n  fragment PortalUserError on UserError {\n    code\n    message\n    field\n    params\n  }\n": types.PortalUserErrorFragmentDoc,
    "\n  fragment PortalOrganization on Organization {\n    id\n    kind\n    name\n    country\n    address\n    city\n    postalCode\n    createdAt\n    activeSubscriptionCount\n  }\n": types.PortalOrganizationFragmentDoc,
    "\n  fragment PortalSubscription on Subscription {\n    id\n    status\n    subdomain\n    billingStartedAt\n    services {\n      kind\n      quantity\n    }\n    callingSettings {\n      locationName\n      address\n      city\n      postalCode\n      country\n      timeZone\n      announcementLanguage\n      emailLanguage\n      mainNumber\n    }\n    meetingSettings {\n      siteName\n      timeZone\n      language\n    }\n  }\n": types.PortalSubscriptionFragmentDoc,
    "\n  fragment PortalOrganizationDetails on OrganizationDraft {\n    name\n    country\n    address\n    city\n    postalCode\n  }\n": types.PortalOrganizationDetailsFragmentDoc,
    "\n  fragment PortalSession on SetupSession {\n    id\n    nextStep\n    completedSteps\n    previousStep\n    backSteps\n    role\n    owner\n    recipientEmail\n    recipientIsSharedAddress\n    customerAdministratorEmail\n    missingSettings\n    expiresAt\n    order {\n      id\n      ccwOrderNumber\n      offer\n      status\n      locale\n      requestedStartDate\n      timeZone\n      provisioningContactEmail\n      partnerName\n      customerName\n      services {\n        kind\n        quantity\n      }\n    }\n    partnerOrganization {\n      ...PortalOrganization\n    }\n    customerOrganization {\n      ...PortalOrganization\n    }\n    newPartnerOrganization {\n      ...PortalOrganizationDetails\n    }\n    newCustomerOrganization {\n      ...PortalOrganizationDetails\n    }\n    customerOrganizationCandidates {\n      id\n      name\n      city\n      country\n      createdAt\n      activeSubscriptionCount\n    }\n    subscription {\n      ...PortalSubscription\n    }\n  }\n": types.PortalSessionFragmentDoc,
    "\n  fragment PortalStepPayload on SetupSessionPayload {\n    session {\n      ...PortalSession\n    }\n    subscription {\n      ...PortalSubscription\n    }\n    errors {\n      ...PortalUserError\n    }\n  }\n": types.PortalStepPayloadFragmentDoc,
    "\n  mutation StartSetup($input: StartSetupInput!) {\n    startSetup(input: $input) {\n      sessionToken\n      session {\n        ...PortalSession\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": types.StartSetupDocument,
    "\n    mutation ChooseRole($input: ChooseRoleInput!) {\n      chooseRole(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": types.ChooseRoleDocument,
    "\n    mutation ChooseSetupOwner($input: ChooseSetupOwnerInput!) {\n      chooseSetupOwner(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": types.ChooseSetupOwnerDocument,
    "\n    mutation CreatePartnerOrganization($input: CreatePartnerOrganizationInput!) {\n      createPartnerOrganization(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": types.CreatePartnerOrganizationDocument,
    "\n    mutation ReviewPartnerOrganization($input: ReviewInput!) {\n      reviewPartnerOrganization(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": types.ReviewPartnerOrganizationDocument,
    "\n    mutation SetCustomerAdministrator($input: SetCustomerAdministratorInput!) {\n      setCustomerAdministrator(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": types.SetCustomerAdministratorDocument,
    "\n    mutation ConfirmCustomerOrganization($input: ConfirmCustomerOrganizationInput!) {\n      confirmCustomerOrganization(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": types.ConfirmCustomerOrganizationDocument,
    "\n    mutation VerifyCustomerOrganization($input: ReviewInput!) {\n      verifyCustomerOrganization(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": types.VerifyCustomerOrganizationDocument,
    "\n    mutation CompleteOrderSetup($input: CompleteOrderSetupInput!) {\n      completeOrderSetup(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": types.CompleteOrderSetupDocument,
    "\n    mutation SetPassword($input: SetPasswordInput!) {\n      setPassword(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": types.SetPasswordDocument,
    "\n    mutation SaveCallingSettings($input: CallingSettingsInput!) {\n      saveCallingSettings(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": types.SaveCallingSettingsDocument,
    "\n    mutation SaveMeetingSettings($input: MeetingSettingsInput!) {\n      saveMeetingSettings(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": types.SaveMeetingSettingsDocument,
    "\n    mutation SaveEnterpriseSettings($input: EnterpriseSettingsInput!) {\n      saveEnterpriseSettings(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": types.SaveEnterpriseSettingsDocument,
    "\n    mutation ProvisionSubscription($input: ProvisionInput!) {\n      provisionSubscription(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  ": types.ProvisionSubscriptionDocument,
    "\n  query CheckSubdomainAvailability($subdomain: String!) {\n    checkSubdomainAvailability(subdomain: $subdomain) {\n      subdomain\n      available\n      reason\n      message\n    }\n  }\n": types.CheckSubdomainAvailabilityDocument,
    "\n  fragment PortalViewer on Viewer {\n    id\n    kind\n    email\n    organization {\n      ...PortalOrganization\n    }\n  }\n": types.PortalViewerFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...PortalViewer\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ActivateAccount($input: ActivateAccountInput!) {\n    activateAccount(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...PortalViewer\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": types.ActivateAccountDocument,
    "\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) {\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      ...PortalViewer\n    }\n  }\n": types.ViewerDocument,
    "\n  query MyOrders($first: Int, $after: String) {\n    orders(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ccwOrderNumber\n          offer\n          status\n          requestedStartDate\n          timeZone\n          locale\n          provisioningContactEmail\n          createdAt\n          services {\n            kind\n            quantity\n          }\n          partnerOrganization {\n            ...PortalOrganization\n          }\n          customerOrganization {\n            ...PortalOrganization\n          }\n          subscription {\n            ...PortalSubscription\n            suspendedAt\n            cancelledAt\n            scheduledChanges {\n              id\n              kind\n              effectiveAt\n              services {\n                kind\n                quantity\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyOrdersDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...PortalViewer\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RequestActivationLink($input: RequestActivationLinkInput!) {\n    requestActivationLink(input: $input) {\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": types.RequestActivationLinkDocument,
    "\n  mutation RequestSetupLink($input: RequestSetupLinkInput!) {\n    requestSetupLink(input: $input) {\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": types.RequestSetupLinkDocument,
    "\n  fragment PortalOrganizationUser on OrganizationUser {\n    id\n    email\n    role\n    activated\n    createdAt\n  }\n": types.PortalOrganizationUserFragmentDoc,
    "\n  query OrganizationUsers {\n    organizationUsers {\n      ...PortalOrganizationUser\n    }\n  }\n": types.OrganizationUsersDocument,
    "\n  mutation SendActivationLink($input: SendActivationLinkInput!) {\n    sendActivationLink(input: $input) {\n      user {\n        ...PortalOrganizationUser\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n": types.SendActivationLinkDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalUserError on UserError {\n    code\n    message\n    field\n    params\n  }\n"): typeof import('./graphql.js').PortalUserErrorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalOrganization on Organization {\n    id\n    kind\n    name\n    country\n    address\n    city\n    postalCode\n    createdAt\n    activeSubscriptionCount\n  }\n"): typeof import('./graphql.js').PortalOrganizationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalSubscription on Subscription {\n    id\n    status\n    subdomain\n    billingStartedAt\n    services {\n      kind\n      quantity\n    }\n    callingSettings {\n      locationName\n      address\n      city\n      postalCode\n      country\n      timeZone\n      announcementLanguage\n      emailLanguage\n      mainNumber\n    }\n    meetingSettings {\n      siteName\n      timeZone\n      language\n    }\n  }\n"): typeof import('./graphql.js').PortalSubscriptionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalOrganizationDetails on OrganizationDraft {\n    name\n    country\n    address\n    city\n    postalCode\n  }\n"): typeof import('./graphql.js').PortalOrganizationDetailsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalSession on SetupSession {\n    id\n    nextStep\n    completedSteps\n    previousStep\n    backSteps\n    role\n    owner\n    recipientEmail\n    recipientIsSharedAddress\n    customerAdministratorEmail\n    missingSettings\n    expiresAt\n    order {\n      id\n      ccwOrderNumber\n      offer\n      status\n      locale\n      requestedStartDate\n      timeZone\n      provisioningContactEmail\n      partnerName\n      customerName\n      services {\n        kind\n        quantity\n      }\n    }\n    partnerOrganization {\n      ...PortalOrganization\n    }\n    customerOrganization {\n      ...PortalOrganization\n    }\n    newPartnerOrganization {\n      ...PortalOrganizationDetails\n    }\n    newCustomerOrganization {\n      ...PortalOrganizationDetails\n    }\n    customerOrganizationCandidates {\n      id\n      name\n      city\n      country\n      createdAt\n      activeSubscriptionCount\n    }\n    subscription {\n      ...PortalSubscription\n    }\n  }\n"): typeof import('./graphql.js').PortalSessionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalStepPayload on SetupSessionPayload {\n    session {\n      ...PortalSession\n    }\n    subscription {\n      ...PortalSubscription\n    }\n    errors {\n      ...PortalUserError\n    }\n  }\n"): typeof import('./graphql.js').PortalStepPayloadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSetup($input: StartSetupInput!) {\n    startSetup(input: $input) {\n      sessionToken\n      session {\n        ...PortalSession\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').StartSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ChooseRole($input: ChooseRoleInput!) {\n      chooseRole(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').ChooseRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ChooseSetupOwner($input: ChooseSetupOwnerInput!) {\n      chooseSetupOwner(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').ChooseSetupOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreatePartnerOrganization($input: CreatePartnerOrganizationInput!) {\n      createPartnerOrganization(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').CreatePartnerOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReviewPartnerOrganization($input: ReviewInput!) {\n      reviewPartnerOrganization(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').ReviewPartnerOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SetCustomerAdministrator($input: SetCustomerAdministratorInput!) {\n      setCustomerAdministrator(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').SetCustomerAdministratorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConfirmCustomerOrganization($input: ConfirmCustomerOrganizationInput!) {\n      confirmCustomerOrganization(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').ConfirmCustomerOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation VerifyCustomerOrganization($input: ReviewInput!) {\n      verifyCustomerOrganization(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').VerifyCustomerOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CompleteOrderSetup($input: CompleteOrderSetupInput!) {\n      completeOrderSetup(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').CompleteOrderSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SetPassword($input: SetPasswordInput!) {\n      setPassword(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').SetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SaveCallingSettings($input: CallingSettingsInput!) {\n      saveCallingSettings(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').SaveCallingSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SaveMeetingSettings($input: MeetingSettingsInput!) {\n      saveMeetingSettings(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').SaveMeetingSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SaveEnterpriseSettings($input: EnterpriseSettingsInput!) {\n      saveEnterpriseSettings(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').SaveEnterpriseSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ProvisionSubscription($input: ProvisionInput!) {\n      provisionSubscription(input: $input) {\n        ...PortalStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').ProvisionSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckSubdomainAvailability($subdomain: String!) {\n    checkSubdomainAvailability(subdomain: $subdomain) {\n      subdomain\n      available\n      reason\n      message\n    }\n  }\n"): typeof import('./graphql.js').CheckSubdomainAvailabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalViewer on Viewer {\n    id\n    kind\n    email\n    organization {\n      ...PortalOrganization\n    }\n  }\n"): typeof import('./graphql.js').PortalViewerFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...PortalViewer\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateAccount($input: ActivateAccountInput!) {\n    activateAccount(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...PortalViewer\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').ActivateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($input: LogoutInput!) {\n    logout(input: $input) {\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...PortalViewer\n    }\n  }\n"): typeof import('./graphql.js').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrders($first: Int, $after: String) {\n    orders(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ccwOrderNumber\n          offer\n          status\n          requestedStartDate\n          timeZone\n          locale\n          provisioningContactEmail\n          createdAt\n          services {\n            kind\n            quantity\n          }\n          partnerOrganization {\n            ...PortalOrganization\n          }\n          customerOrganization {\n            ...PortalOrganization\n          }\n          subscription {\n            ...PortalSubscription\n            suspendedAt\n            cancelledAt\n            scheduledChanges {\n              id\n              kind\n              effectiveAt\n              services {\n                kind\n                quantity\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MyOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      token\n      expiresAt\n      viewer {\n        ...PortalViewer\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestActivationLink($input: RequestActivationLinkInput!) {\n    requestActivationLink(input: $input) {\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').RequestActivationLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSetupLink($input: RequestSetupLinkInput!) {\n    requestSetupLink(input: $input) {\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').RequestSetupLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalOrganizationUser on OrganizationUser {\n    id\n    email\n    role\n    activated\n    createdAt\n  }\n"): typeof import('./graphql.js').PortalOrganizationUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationUsers {\n    organizationUsers {\n      ...PortalOrganizationUser\n    }\n  }\n"): typeof import('./graphql.js').OrganizationUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendActivationLink($input: SendActivationLinkInput!) {\n    sendActivationLink(input: $input) {\n      user {\n        ...PortalOrganizationUser\n      }\n      errors {\n        ...PortalUserError\n      }\n    }\n  }\n"): typeof import('./graphql.js').SendActivationLinkDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
