import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DashboardResolver } from '../dashboard/dashboard.resolver.js';
import { AccountRecoveryResolver } from '../auth/account-recovery.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { SingleSignOnResolver } from '../auth/oidc.resolver.js';
import { EscalationBulkResolver } from '../escalations/escalation-bulk.resolver.js';
import { EmailResendResolver } from '../outbox/email-resend.resolver.js';
import { RepResolver } from '../auth/rep.resolver.js';
import { ViewerResolver } from '../auth/viewer.resolver.js';
import { EscalationNoteResolver, EscalationQueueResolver } from '../escalations/escalation-queue.resolver.js';
import { EscalationResolver } from '../escalations/escalation.resolver.js';
import { OrderAdminResolver } from '../orders/order-admin.resolver.js';
import { OrderResolver } from '../orders/order.resolver.js';
import { OrderEventResolver } from '../orders/order-event.resolver.js';
import { OrderAmendmentResolver } from '../orders/order-amendment.resolver.js';
import { SubscriptionLifecycleResolver } from '../subscriptions/subscription-lifecycle.resolver.js';
import { OrganizationTransferResolver } from '../subscriptions/organization-transfer.resolver.js';
import { OrderLookupResolver } from '../orders/order-lookup.resolver.js';
import { WebhookTestEventResolver } from '../webhooks/webhook-test-event.resolver.js';
import { OrganizationAdminResolver } from '../organizations/organization-admin.resolver.js';
import { OrganizationResolver } from '../organizations/organization.resolver.js';
import { OutboxResolver } from '../outbox/outbox.resolver.js';
import { SetupResolver } from '../setup/setup.resolver.js';
import { ServiceSetupResolver } from '../subscriptions/service-setup.resolver.js';
import { SubscriptionAdminResolver } from '../subscriptions/subscription-admin.resolver.js';
import { SubscriptionResolver } from '../subscriptions/subscription.resolver.js';
import { WebhookDeliveryResolver, WebhookSubscriptionResolver } from '../webhooks/webhook.resolver.js';
import { API_DESCRIPTION } from '../common/api-version.js';
import { enforceAccessRules } from './access.js';
import { DateTimeScalar } from './scalars.js';
import { WorkspaceResolver } from '../workspace/workspace.resolver.js';

export const resolvers = [
  AuthResolver,
  EscalationResolver,
  OrderResolver,
  OrderEventResolver,
  OrderAmendmentResolver,
  SubscriptionLifecycleResolver,
  OrganizationTransferResolver,
  OrderLookupResolver,
  WebhookTestEventResolver,
  OrganizationResolver,
  OutboxResolver,
  ServiceSetupResolver,
  SetupResolver,
  SubscriptionResolver,
  ViewerResolver,
  // The reps' console.
  DashboardResolver,
  EscalationNoteResolver,
  EscalationQueueResolver,
  OrderAdminResolver,
  OrganizationAdminResolver,
  RepResolver,
  SubscriptionAdminResolver,
  // Account recovery.
  AccountRecoveryResolver,
  // Single sign-on and bulk work (issue 18).
  SingleSignOnResolver,
  EscalationBulkResolver,
  EmailResendResolver,
  // Signed webhooks (issue 18).
  WebhookSubscriptionResolver,
  WebhookDeliveryResolver,
  // The reps' workspace: saved views, canned resolutions (#28).
  WorkspaceResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process. */
export function createSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [...resolvers] as unknown as [Function, ...Function[]],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  }).then((schema) => {
    // The contract's version in the schema's own description (printed as `schema { … }` in the SDL).
    schema.description = API_DESCRIPTION;
    return enforceAccessRules(schema);
  });
  return cached;
}

/** The SDL as checked in at `schema/schema.graphql`. */
export async function printSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}
