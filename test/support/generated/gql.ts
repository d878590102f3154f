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
    "\n  fragment TestSession on SetupSession {\n    id\n    nextStep\n    completedSteps\n    role\n    owner\n    recipientEmail\n    customerAdministratorEmail\n    missingSettings\n    expiresAt\n    partnerOrganization {\n      id\n      name\n      kind\n    }\n    customerOrganization {\n      id\n      name\n      kind\n    }\n    newPartnerOrganization {\n      name\n      country\n    }\n    newCustomerOrganization {\n      name\n      country\n    }\n    customerOrganizationCandidates {\n      id\n      name\n      city\n      country\n      createdAt\n      activeSubscriptionCount\n    }\n    subscription {\n      id\n      status\n      billingStartedAt\n      subdomain\n      services {\n        kind\n        quantity\n      }\n    }\n    order {\n      id\n      status\n      customerOrganization {\n        id\n      }\n    }\n  }\n": typeof types.TestSessionFragmentDoc,
    "\n  fragment TestStepPayload on SetupSessionPayload {\n    errors {\n      code\n      message\n      field\n    }\n    session {\n      ...TestSession\n    }\n  }\n": typeof types.TestStepPayloadFragmentDoc,
    "\n  mutation TestPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      errors {\n        code\n      }\n      order {\n        id\n      }\n    }\n  }\n": typeof types.TestPlaceOrderDocument,
    "\n  mutation TestStartSetup($input: StartSetupInput!) {\n    startSetup(input: $input) {\n      sessionToken\n      ...TestStartSetupPayload\n    }\n  }\n": typeof types.TestStartSetupDocument,
    "\n  fragment TestStartSetupPayload on StartSetupPayload {\n    errors {\n      code\n      message\n      field\n    }\n    session {\n      ...TestSession\n    }\n  }\n": typeof types.TestStartSetupPayloadFragmentDoc,
    "\n  query TestSetupSession {\n    setupSession {\n      ...TestSession\n    }\n  }\n": typeof types.TestSetupSessionDocument,
    "\n    mutation TestChooseRole($input: ChooseRoleInput!) {\n      chooseRole(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": typeof types.TestChooseRoleDocument,
    "\n    mutation TestChooseSetupOwner($input: ChooseSetupOwnerInput!) {\n      chooseSetupOwner(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": typeof types.TestChooseSetupOwnerDocument,
    "\n    mutation TestCreatePartnerOrganization($input: CreatePartnerOrganizationInput!) {\n      createPartnerOrganization(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": typeof types.TestCreatePartnerOrganizationDocument,
    "\n    mutation TestReviewPartnerOrganization($input: ReviewInput!) {\n      reviewPartnerOrganization(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": typeof types.TestReviewPartnerOrganizationDocument,
    "\n    mutation TestSetCustomerAdministrator($input: SetCustomerAdministratorInput!) {\n      setCustomerAdministrator(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": typeof types.TestSetCustomerAdministratorDocument,
    "\n    mutation TestConfirmCustomerOrganization($input: ConfirmCustomerOrganizationInput!) {\n      confirmCustomerOrganization(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": typeof types.TestConfirmCustomerOrganizationDocument,
    "\n    mutation TestVerifyCustomerOrganization($input: ReviewInput!) {\n      verifyCustomerOrganization(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": typeof types.TestVerifyCustomerOrganizationDocument,
    "\n    mutation TestCompleteOrderSetup($input: CompleteOrderSetupInput!) {\n      completeOrderSetup(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": typeof types.TestCompleteOrderSetupDocument,
    "\n    mutation TestSetPassword($input: SetPasswordInput!) {\n      setPassword(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": typeof types.TestSetPasswordDocument,
    "\n    mutation TestSaveCallingSettings($input: CallingSettingsInput!) {\n      saveCallingSettings(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": typeof types.TestSaveCallingSettingsDocument,
    "\n    mutation TestSaveMeetingSettings($input: MeetingSettingsInput!) {\n      saveMeetingSettings(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": typeof types.TestSaveMeetingSettingsDocument,
    "\n    mutation TestSaveEnterpriseSettings($input: EnterpriseSettingsInput!) {\n      saveEnterpriseSettings(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": typeof types.TestSaveEnterpriseSettingsDocument,
    "\n    mutation TestProvisionSubscription($input: ProvisionInput!) {\n      provisionSubscription(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": typeof types.TestProvisionSubscriptionDocument,
};
const documents: Documents = {
    "\n  fragment TestSession on SetupSession {\n    id\n    nextStep\n    completedSteps\n    role\n    owner\n    recipientEmail\n    customerAdministratorEmail\n    missingSettings\n    expiresAt\n    partnerOrganization {\n      id\n      name\n      kind\n    }\n    customerOrganization {\n      id\n      name\n      kind\n    }\n    newPartnerOrganization {\n      name\n      country\n    }\n    newCustomerOrganization {\n      name\n      country\n    }\n    customerOrganizationCandidates {\n      id\n      name\n      city\n      country\n      createdAt\n      activeSubscriptionCount\n    }\n    subscription {\n      id\n      status\n      billingStartedAt\n      subdomain\n      services {\n        kind\n        quantity\n      }\n    }\n    order {\n      id\n      status\n      customerOrganization {\n        id\n      }\n    }\n  }\n": types.TestSessionFragmentDoc,
    "\n  fragment TestStepPayload on SetupSessionPayload {\n    errors {\n      code\n      message\n      field\n    }\n    session {\n      ...TestSession\n    }\n  }\n": types.TestStepPayloadFragmentDoc,
    "\n  mutation TestPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      errors {\n        code\n      }\n      order {\n        id\n      }\n    }\n  }\n": types.TestPlaceOrderDocument,
    "\n  mutation TestStartSetup($input: StartSetupInput!) {\n    startSetup(input: $input) {\n      sessionToken\n      ...TestStartSetupPayload\n    }\n  }\n": types.TestStartSetupDocument,
    "\n  fragment TestStartSetupPayload on StartSetupPayload {\n    errors {\n      code\n      message\n      field\n    }\n    session {\n      ...TestSession\n    }\n  }\n": types.TestStartSetupPayloadFragmentDoc,
    "\n  query TestSetupSession {\n    setupSession {\n      ...TestSession\n    }\n  }\n": types.TestSetupSessionDocument,
    "\n    mutation TestChooseRole($input: ChooseRoleInput!) {\n      chooseRole(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": types.TestChooseRoleDocument,
    "\n    mutation TestChooseSetupOwner($input: ChooseSetupOwnerInput!) {\n      chooseSetupOwner(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": types.TestChooseSetupOwnerDocument,
    "\n    mutation TestCreatePartnerOrganization($input: CreatePartnerOrganizationInput!) {\n      createPartnerOrganization(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": types.TestCreatePartnerOrganizationDocument,
    "\n    mutation TestReviewPartnerOrganization($input: ReviewInput!) {\n      reviewPartnerOrganization(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": types.TestReviewPartnerOrganizationDocument,
    "\n    mutation TestSetCustomerAdministrator($input: SetCustomerAdministratorInput!) {\n      setCustomerAdministrator(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": types.TestSetCustomerAdministratorDocument,
    "\n    mutation TestConfirmCustomerOrganization($input: ConfirmCustomerOrganizationInput!) {\n      confirmCustomerOrganization(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": types.TestConfirmCustomerOrganizationDocument,
    "\n    mutation TestVerifyCustomerOrganization($input: ReviewInput!) {\n      verifyCustomerOrganization(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": types.TestVerifyCustomerOrganizationDocument,
    "\n    mutation TestCompleteOrderSetup($input: CompleteOrderSetupInput!) {\n      completeOrderSetup(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": types.TestCompleteOrderSetupDocument,
    "\n    mutation TestSetPassword($input: SetPasswordInput!) {\n      setPassword(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": types.TestSetPasswordDocument,
    "\n    mutation TestSaveCallingSettings($input: CallingSettingsInput!) {\n      saveCallingSettings(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": types.TestSaveCallingSettingsDocument,
    "\n    mutation TestSaveMeetingSettings($input: MeetingSettingsInput!) {\n      saveMeetingSettings(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": types.TestSaveMeetingSettingsDocument,
    "\n    mutation TestSaveEnterpriseSettings($input: EnterpriseSettingsInput!) {\n      saveEnterpriseSettings(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": types.TestSaveEnterpriseSettingsDocument,
    "\n    mutation TestProvisionSubscription($input: ProvisionInput!) {\n      provisionSubscription(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  ": types.TestProvisionSubscriptionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestSession on SetupSession {\n    id\n    nextStep\n    completedSteps\n    role\n    owner\n    recipientEmail\n    customerAdministratorEmail\n    missingSettings\n    expiresAt\n    partnerOrganization {\n      id\n      name\n      kind\n    }\n    customerOrganization {\n      id\n      name\n      kind\n    }\n    newPartnerOrganization {\n      name\n      country\n    }\n    newCustomerOrganization {\n      name\n      country\n    }\n    customerOrganizationCandidates {\n      id\n      name\n      city\n      country\n      createdAt\n      activeSubscriptionCount\n    }\n    subscription {\n      id\n      status\n      billingStartedAt\n      subdomain\n      services {\n        kind\n        quantity\n      }\n    }\n    order {\n      id\n      status\n      customerOrganization {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestSessionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestStepPayload on SetupSessionPayload {\n    errors {\n      code\n      message\n      field\n    }\n    session {\n      ...TestSession\n    }\n  }\n"): typeof import('./graphql.js').TestStepPayloadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      errors {\n        code\n      }\n      order {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').TestPlaceOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestStartSetup($input: StartSetupInput!) {\n    startSetup(input: $input) {\n      sessionToken\n      ...TestStartSetupPayload\n    }\n  }\n"): typeof import('./graphql.js').TestStartSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestStartSetupPayload on StartSetupPayload {\n    errors {\n      code\n      message\n      field\n    }\n    session {\n      ...TestSession\n    }\n  }\n"): typeof import('./graphql.js').TestStartSetupPayloadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestSetupSession {\n    setupSession {\n      ...TestSession\n    }\n  }\n"): typeof import('./graphql.js').TestSetupSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestChooseRole($input: ChooseRoleInput!) {\n      chooseRole(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').TestChooseRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestChooseSetupOwner($input: ChooseSetupOwnerInput!) {\n      chooseSetupOwner(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').TestChooseSetupOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestCreatePartnerOrganization($input: CreatePartnerOrganizationInput!) {\n      createPartnerOrganization(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').TestCreatePartnerOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestReviewPartnerOrganization($input: ReviewInput!) {\n      reviewPartnerOrganization(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').TestReviewPartnerOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestSetCustomerAdministrator($input: SetCustomerAdministratorInput!) {\n      setCustomerAdministrator(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').TestSetCustomerAdministratorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestConfirmCustomerOrganization($input: ConfirmCustomerOrganizationInput!) {\n      confirmCustomerOrganization(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').TestConfirmCustomerOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestVerifyCustomerOrganization($input: ReviewInput!) {\n      verifyCustomerOrganization(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').TestVerifyCustomerOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestCompleteOrderSetup($input: CompleteOrderSetupInput!) {\n      completeOrderSetup(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').TestCompleteOrderSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestSetPassword($input: SetPasswordInput!) {\n      setPassword(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').TestSetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestSaveCallingSettings($input: CallingSettingsInput!) {\n      saveCallingSettings(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').TestSaveCallingSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestSaveMeetingSettings($input: MeetingSettingsInput!) {\n      saveMeetingSettings(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').TestSaveMeetingSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestSaveEnterpriseSettings($input: EnterpriseSettingsInput!) {\n      saveEnterpriseSettings(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').TestSaveEnterpriseSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TestProvisionSubscription($input: ProvisionInput!) {\n      provisionSubscription(input: $input) {\n        ...TestStepPayload\n      }\n    }\n  "): typeof import('./graphql.js').TestProvisionSubscriptionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
