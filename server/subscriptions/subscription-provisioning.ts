import type { TxScope } from '../common/tx-scope.js';
import { OrderEventType } from '../orders/order-event.entity.js';
import type { OrderLifecycle } from '../orders/order-lifecycle.js';
import { OrderStatus } from '../orders/order-status.js';
import type { Order } from '../orders/order.entity.js';
import { SubscriptionStatus, type Subscription } from './subscription.entity.js';

/**
 * "Provision": the subscription becomes ACTIVE and billing starts for every purchased service, and
 * the order becomes PROVISIONED (its lifecycle's transition, audited as `subscription.provisioned`),
 * with the integrators' SUBSCRIPTION_ACTIVATED event, in the caller's transaction (the subscription row
 * locked by the caller). The only writer of `subscription.status`.
 */
export async function provisionSubscription(lifecycle: OrderLifecycle, tx: TxScope, order: Order, subscription: Subscription): Promise<void> {
  const before = subscription.status;
  subscription.status = SubscriptionStatus.ACTIVE;
  subscription.billingStartedAt = tx.now;
  const billedServices = subscription.services.map((s) => s.kind);
  await lifecycle.transition(tx, order, OrderStatus.PROVISIONED, {
    action: 'subscription.provisioned',
    target: { type: 'Subscription', id: subscription.id },
    before: { status: before, orderStatus: order.status },
    after: { status: subscription.status, orderStatus: OrderStatus.PROVISIONED, billingStartedAt: tx.now.toISOString(), billedServices },
  });
  lifecycle.recordEvent(tx, order, OrderEventType.SUBSCRIPTION_ACTIVATED, {
    subscriptionId: subscription.id,
    billingStartedAt: tx.now.toISOString(),
    billedServices,
  });
}
