/**
 * What a rep may do to a subscription in each status: the console's reading of the server's transition
 * table (`SUBSCRIPTION_TRANSITIONS` in server/subscriptions/subscription-lifecycle.ts; quantities change
 * while the subscription is provisioned and not cancelled). test/console-subscriptions.e2e.test.ts
 * holds the two together; the server has the last word either way.
 */
export type SubscriptionAction = 'SUSPEND' | 'RESUME' | 'CANCEL' | 'CHANGE_QUANTITIES';

export const SUBSCRIPTION_ACTIONS: Readonly<Record<string, readonly SubscriptionAction[]>> = {
  PENDING: [],
  ACTIVE: ['SUSPEND', 'CHANGE_QUANTITIES', 'CANCEL'],
  SUSPENDED: ['RESUME', 'CHANGE_QUANTITIES', 'CANCEL'],
  CANCELLED: [],
};

export function subscriptionActions(status: string | null | undefined): readonly SubscriptionAction[] {
  return (status && SUBSCRIPTION_ACTIONS[status]) || [];
}
