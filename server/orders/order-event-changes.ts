import { OrderEventType } from './order-event.entity.js';

/** Which keys an event's `changes` may hold: `true` takes the value as the code wrote it, a nested shape filters an object the same way. */
type Shape = { readonly [key: string]: true | Shape };

/** An amendment's `before` and `after`: the order's dates, services and what the change did to them. */
const AMENDED: Shape = {
  requestedStartDate: true,
  setupDueAt: true,
  overdueAt: true,
  setupEmail: true,
  resolvedEscalations: true,
  services: true,
  subscriptionId: true,
  status: true,
};

/**
 * A subscription change's `before` and `after` (#26): its status and services, the scheduled changes it
 * settled, and (a transfer) the partner organization's id, which every event's snapshot holds already.
 */
const SUBSCRIPTION_FACTS: Shape = {
  status: true,
  partnerOrganizationId: true,
  services: true,
  voidedChanges: true,
  supersededChanges: true,
};

/**
 * What the machine keys (events feed, webhooks) may read in an event's `changes`, per type: order facts
 * only, never text a rep or a customer wrote (an escalation's resolution, notes, names). An allow-list,
 * like the machine keys' reads: a key not listed here is dropped when the event is written (README,
 * "Security rules", 3).
 */
export const ORDER_EVENT_CHANGES: Readonly<Record<OrderEventType, Shape>> = {
  [OrderEventType.ORDER_STATUS_CHANGED]: { from: true, to: true, action: true },
  [OrderEventType.SUBSCRIPTION_ACTIVATED]: { subscriptionId: true, billingStartedAt: true, billedServices: true },
  [OrderEventType.ESCALATION_OPENED]: { escalationId: true, kind: true },
  [OrderEventType.ESCALATION_RESOLVED]: { escalationId: true, kind: true },
  [OrderEventType.ORDER_AMENDED]: { amendment: true, before: AMENDED, after: AMENDED },
  [OrderEventType.ORDER_PLACED]: { status: true, requestedStartDate: true, services: true },
  [OrderEventType.CONTACT_CHANGED]: { before: { provisioningContactEmail: true }, after: { provisioningContactEmail: true }, resentLink: true },
  [OrderEventType.SUBSCRIPTION_CHANGED]: {
    subscriptionId: true,
    change: true,
    before: SUBSCRIPTION_FACTS,
    after: SUBSCRIPTION_FACTS,
    scheduledChangeId: true,
    effectiveAt: true,
  },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick(value: Record<string, unknown>, shape: Shape): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, allowed] of Object.entries(shape)) {
    if (!Object.prototype.hasOwnProperty.call(value, key) || value[key] === undefined) continue;
    if (allowed === true) kept[key] = value[key];
    else if (isPlainObject(value[key])) kept[key] = pick(value[key], allowed);
  }
  return kept;
}

/** An event's `changes` as it is stored and handed out: only the keys `ORDER_EVENT_CHANGES` allows for its type. */
export function orderEventChanges(type: OrderEventType, changes: Record<string, unknown>): Record<string, unknown> {
  const shape = ORDER_EVENT_CHANGES[type] as Shape | undefined;
  return shape ? pick(changes, shape) : {};
}
