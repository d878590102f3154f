import { ApiKey } from '../auth/api-key.entity.js';
import { AccountToken } from '../auth/account-token.entity.js';
import { LoginSession } from '../auth/login-session.entity.js';
import { PasswordReset } from '../auth/password-reset.entity.js';
import { OidcSignIn } from '../auth/oidc-sign-in.entity.js';
import { Rep } from '../auth/rep.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { EscalationNote } from '../escalations/escalation-note.entity.js';
import { Escalation } from '../escalations/escalation.entity.js';
import { OrderEvent } from '../orders/order-event.entity.js';
import { Order } from '../orders/order.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../organizations/user.entity.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { SetupLink } from '../setup/setup-link.entity.js';
import { SetupSession } from '../setup/setup-session.entity.js';
import { SubscriptionChange } from '../subscriptions/subscription-change.entity.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity.js';
import { WebhookSubscription } from '../webhooks/webhook-subscription.entity.js';
import { CannedResolution } from '../workspace/canned-resolution.entity.js';
import { SavedView } from '../workspace/saved-view.entity.js';

/** Every entity, listed explicitly: no folder scanning, so the compiled and the test runs agree. */
export const entities = [
  ApiKey,
  AuditEvent,
  Escalation,
  EscalationNote,
  AccountToken,
  LoginSession,
  OidcSignIn,
  Order,
  OrderEvent,
  Organization,
  OutboxMessage,
  PasswordReset,
  Rep,
  SetupLink,
  SetupSession,
  Subscription,
  User,
  WebhookDelivery,
  WebhookSubscription,
  // The reps' workspace (#28).
  SavedView,
  CannedResolution,
  // The subscription's life after provisioning (#26).
  SubscriptionChange,
];
