import { defaultFieldResolver, getNamedType, GraphQLObjectType, isAbstractType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import { forbidden, unauthenticated } from '../common/errors.js';
import { SCOPES, type Scope } from '../auth/api-key.entity.js';
import { ViewerKind, type Viewer } from '../auth/viewer.js';
import type { Logger } from 'pino';

/**
 * What the checks read of a request. Entities carry `@Allow` (this module), so it imports no context
 * module: entities sit below the request context.
 */
interface RequestContext {
  viewer: Viewer | null;
  invalidToken: boolean;
  log: Pick<Logger, 'error'>;
}

/**
 * Who may call an operation. Every Query and Mutation field declares its rules with `@Allow`;
 * a field without one is refused at run time (and a test lists any such field).
 */
export type AccessRule = 'PUBLIC' | 'REP' | 'ADMIN' | 'PARTNER_ADMIN' | 'CUSTOMER_ADMIN' | 'SETUP_SESSION' | `scope:${Scope}`;

export function Allow(...rules: AccessRule[]): MethodDecorator & ClassDecorator & PropertyDecorator {
  return Extensions({ access: rules });
}

export function accessRulesOf(type: GraphQLObjectType, fieldName: string): AccessRule[] | undefined {
  return type.getFields()[fieldName]?.extensions?.access as AccessRule[] | undefined;
}

export function viewerMatches(viewer: Viewer | null, rule: AccessRule): boolean {
  if (rule === 'PUBLIC') return true;
  if (!viewer) return false;
  if (rule.startsWith('scope:')) return viewer.kind === ViewerKind.API_KEY && viewer.scopes.includes(rule.slice(6) as Scope);
  // Admins are reps with more rights: whatever a rep may do, an admin may do.
  if (rule === 'REP') return viewer.kind === ViewerKind.REP || viewer.kind === ViewerKind.ADMIN;
  return viewer.kind === rule;
}

/** The check of one field: throws UNAUTHENTICATED or FORBIDDEN, or returns when the viewer may go on. */
function checkRootField(rules: AccessRule[] | undefined, field: string, context: RequestContext): void {
  if (!rules || rules.length === 0) {
    context.log.error({ field }, 'operation without an access rule refused');
    throw forbidden();
  }
  if (rules.includes('PUBLIC')) return;
  if (context.invalidToken) throw unauthenticated('The bearer token is unknown, expired or revoked');
  if (rules.some((rule) => viewerMatches(context.viewer, rule))) return;
  throw context.viewer ? forbidden() : unauthenticated();
}

function checkObjectField(rules: AccessRule[], context: RequestContext): void {
  if (rules.includes('PUBLIC') || rules.some((rule) => viewerMatches(context.viewer, rule))) return;
  throw forbidden();
}

/**
 * What a machine key may read below the root fields, per scope: `Type.field`, or `Type.*` for every
 * field of a type. Anything else is FORBIDDEN to a key, on every path (deny by default: a field added
 * to `Order` stays closed to the machines until it is listed here). Both machines work with orders'
 * own facts — number, offer, status, dates, contact, services, whether it is overdue — never with the
 * organizations, subscriptions, settings or the reps' escalation work behind them. docs/integrators.md, "Security rules".
 * The types of the PUBLIC operations (`viewer`, `login`, `startSetup`) are listed because a key may
 * call them like anyone; what they reach below (organizations, subscriptions) stays closed.
 */
const ORDER_FACTS = [
  'id',
  'ccwOrderNumber',
  'offer',
  'status',
  'requestedStartDate',
  'timeZone',
  'locale',
  'provisioningContactEmail',
  'services',
  'overdue',
  'overdueAt',
  'partnerAccountId',
  'partnerName',
  'customerName',
  'createdAt',
  'updatedAt',
  'linkSentAt',
  'linkExpiresAt',
  'setupStartedAt',
  'setUpAt',
  'provisionedAt',
].map((field) => `Order.${field}`);
/** The integrators' feed (`orderEvents`): both machines read every order event; `changes` holds order facts only. */
const ORDER_EVENTS = ['OrderEventConnection.*', 'OrderEventEdge.*', 'OrderEvent.*', 'PageInfo.*'];
/** Signed webhooks: the intake key manages its own subscriptions and reads their delivery log (docs/integrators.md, "Webhooks"). */
const WEBHOOKS = [
  'WebhookSubscription.*',
  'WebhookSubscriptionPage.*',
  'WebhookSubscriptionPayload.*',
  'WebhookSecretPayload.*',
  'DeleteWebhookSubscriptionPayload.*',
  'WebhookDelivery.*',
  'WebhookDeliveryPage.*',
  'WebhookDeliveryPayload.*',
  'WebhookTestEventPayload.*',
];
/**
 * The intake key's reads of the orders it placed (#26): the subscription's facts (status, services,
 * billing start, suspension, cancellation, scheduled changes) and the organizations' ids, never their
 * names, settings or users; and the answers of the subscription's lifecycle mutations.
 */
const SUBSCRIPTION_FACTS = [
  'Order.subscription',
  'Subscription.id',
  'Subscription.status',
  'Subscription.services',
  'Subscription.billingStartedAt',
  'Subscription.suspendedAt',
  'Subscription.suspensionReason',
  'Subscription.cancelledAt',
  'Subscription.cancellationReason',
  'Subscription.scheduledChanges',
  'SubscriptionChange.*',
  'SubscriptionChangePayload.*',
  // The organizations' ids only: who they are stays with the partner and the reps.
  'Order.partnerOrganization',
  'Order.customerOrganization',
  'Organization.id',
];
const PUBLIC_PAYLOADS = [
  'Viewer.*',
  'UserError.*',
  'LoginPayload.*',
  'StartSetupPayload.*',
  'SetupSession.*',
  'ServiceLine.*',
  // Account recovery and single sign-on: public operations, answered to anyone.
  'RequestPasswordResetPayload.*',
  'RequestActivationLinkPayload.*',
  'SingleSignOnInfo.*',
  'RequestSetupLinkPayload.*',
];
export const MACHINE_KEY_READS: Record<Scope, readonly string[]> = {
  // The intake: what it placed (PlaceOrderPayload, OrderPayload) and the status of those orders (`order(id)`).
  'orders:write': [
    ...ORDER_FACTS,
    ...SUBSCRIPTION_FACTS,
    'PlaceOrderPayload.*',
    'OrderPayload.*',
    'AmendOrderPayload.*',
    ...ORDER_EVENTS,
    ...WEBHOOKS,
    ...PUBLIC_PAYLOADS,
  ],
  // The scheduler: what overdueOrders returns, and `order(id)` of an order while it is overdue.
  'orders:overdue:read': [...ORDER_FACTS, 'OrderConnection.*', 'OrderEdge.*', 'PageInfo.*', ...ORDER_EVENTS, ...PUBLIC_PAYLOADS],
};

export function machineKeyMayRead(scopes: readonly Scope[], type: string, field: string): boolean {
  return scopes.some((scope) => MACHINE_KEY_READS[scope].includes(`${type}.${field}`) || MACHINE_KEY_READS[scope].includes(`${type}.*`));
}

function checkMachineKeyField(type: string, field: string, context: RequestContext): void {
  const viewer = context.viewer;
  if (viewer?.kind === ViewerKind.API_KEY && !machineKeyMayRead(viewer.scopes, type, field)) throw forbidden();
}

/**
 * Deny by default, applied once to the built schema: every root field (Query, Mutation) checks its
 * `@Allow` rules before its resolver runs, and a root field without rules is refused. A field of an
 * object type may also carry `@Allow` (Cisco-internal details on shared types, such as an order's
 * audit trail), and so may a whole type (`@Allow('REP')` on `Escalation`: every field of it); such a
 * field is refused to anyone else with FORBIDDEN, while fields without rules follow their parent.
 * Machine keys read only what `MACHINE_KEY_READS` lists. Only those fields are wrapped: the others
 * resolve as type-graphql built them (a global middleware would turn every scalar field into a promise).
 */
/**
 * The object types a key of this scope could ever hold: the results of the root fields it may call
 * (PUBLIC, or its scope), then through the fields it may read. Fields of other types need no machine-key check,
 * so they stay plain property reads (which compiled execution inlines).
 */
function reachableByKey(schema: GraphQLSchema, scope: Scope): Set<string> {
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType, throughAll: boolean) => {
    const types = isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
    for (const object of types) {
      if (!(object instanceof GraphQLObjectType) || seen.has(object.name)) continue;
      seen.add(object.name);
      for (const field of Object.values(object.getFields())) {
        if (throughAll || machineKeyMayRead([scope], object.name, field.name)) visit(getNamedType(field.type), false);
      }
    }
  };
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const rules = (field.extensions?.access as AccessRule[] | undefined) ?? [];
      if (rules.includes('PUBLIC') || rules.includes(`scope:${scope}`)) visit(getNamedType(field.type), false);
    }
  }
  return seen;
}

export function enforceAccessRules(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter((t) => !!t));
  const reachable = new Map(SCOPES.map((scope) => [scope, reachableByKey(schema, scope)]));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    const typeRules = type.extensions?.access as AccessRule[] | undefined;
    for (const field of Object.values(type.getFields())) {
      const rules = (field.extensions?.access as AccessRule[] | undefined) ?? typeRules;
      const resolve = field.resolve ?? defaultFieldResolver;
      if (roots.has(type)) {
        field.resolve = (source, args, context: RequestContext, info) => {
          checkRootField(rules, field.name, context);
          return resolve(source, args, context, info);
        };
        continue;
      }
      // Only types a key can reach need the check: a key never holds an object it could not reach.
      const closedToSomeKey = SCOPES.some((scope) => reachable.get(scope)!.has(type.name) && !machineKeyMayRead([scope], type.name, field.name));
      if (rules || closedToSomeKey) {
        field.resolve = (source, args, context: RequestContext, info) => {
          if (rules) checkObjectField(rules, context);
          if (closedToSomeKey) checkMachineKeyField(type.name, field.name, context);
          return resolve(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
