import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../auth/auth.resolver.js';
import { ViewerResolver } from '../auth/viewer.resolver.js';
import { EscalationResolver } from '../escalations/escalation.resolver.js';
import { OrderResolver } from '../orders/order.resolver.js';
import { OrganizationResolver } from '../organizations/organization.resolver.js';
import { OutboxResolver } from '../outbox/outbox.resolver.js';
import { SetupResolver } from '../setup/setup.resolver.js';
import { ServiceSetupResolver } from '../subscriptions/service-setup.resolver.js';
import { SubscriptionResolver } from '../subscriptions/subscription.resolver.js';
import { accessGuard } from './access.js';
import { DateTimeScalar } from './scalars.js';

export const resolvers = [
  AuthResolver,
  EscalationResolver,
  OrderResolver,
  OrganizationResolver,
  OutboxResolver,
  ServiceSetupResolver,
  SetupResolver,
  SubscriptionResolver,
  ViewerResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process. */
export function createSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [...resolvers] as unknown as [Function, ...Function[]],
    globalMiddlewares: [accessGuard],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
  });
  return cached;
}

/** The SDL as checked in at `schema/schema.graphql`. */
export async function printSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}
