import { DashboardService } from './dashboard/dashboard.service.js';
import { ActivationLinkService } from './auth/activation-link.service.js';
import { ActivationService } from './auth/activation.service.js';
import { linkInEmailStillWorks } from './auth/email-links.js';
import { LoginService } from './auth/login.service.js';
import { PasswordResetService } from './auth/password-reset.service.js';
import { SingleSignOnService } from './auth/oidc.service.js';
import { RateLimiter } from './auth/rate-limiter.js';
import { RepAdminService } from './auth/rep-admin.service.js';
import type { Config } from './common/config.js';
import { EscalationQueueService } from './escalations/escalation-queue.service.js';
import { EscalationService } from './escalations/escalation.service.js';
import { OrderAdminService } from './orders/order-admin.service.js';
import { OrderLifecycle } from './orders/order-lifecycle.js';
import { OrderEventService } from './orders/order-event.service.js';
import { OrderAmendmentService } from './orders/order-amendment.service.js';
import { OrderService } from './orders/order.service.js';
import { OrganizationAdminService } from './organizations/organization-admin.service.js';
import { OutboxService } from './outbox/outbox.service.js';
import { EmailResendService } from './outbox/email-resend.service.js';
import { SetupLinkService } from './setup/setup-link.service.js';
import { revokeLinksOfClosedOrder } from './setup/link-revocation.js';
import { OrderSetupCompletion } from './setup/order-setup-completion.js';
import { SetupService } from './setup/setup.service.js';
import { ServiceSetupService } from './subscriptions/service-setup.service.js';
import { SubscriptionAdminService } from './subscriptions/subscription-admin.service.js';
import { SubscriptionLifecycle } from './subscriptions/subscription-lifecycle.js';
import { OrganizationTransfer } from './subscriptions/organization-transfer.js';
import { WebhookService } from './webhooks/webhook.service.js';
import { WorkspaceService } from './workspace/workspace.service.js';

/** The services, built once per process. They hold no request state: each method takes the context first. */
export function createServices(config: Config) {
  // The order's lifecycle first: every service that changes an order's status goes through it.
  const lifecycle = new OrderLifecycle();
  const links = new SetupLinkService(config, lifecycle);
  const limiter = new RateLimiter(config.rateLimit);
  const login = new LoginService(limiter);
  const escalations = new EscalationService(config, lifecycle, links);
  // What follows an order's transition, in its transaction (`OrderTransitioned`), in this order:
  // setup/ revokes the links of an expired or cancelled order (and tells the holders of a cancelled
  // one); escalations/ opens the hold's escalation and resolves the overdue ones of an order set up or
  // provisioned; once the transition is recorded, a cancellation settles the open escalations.
  lifecycle.subscribe('effects', revokeLinksOfClosedOrder);
  lifecycle.subscribe('effects', escalations.onOrderTransitioned);
  lifecycle.subscribe('recorded', escalations.afterOrderTransitioned);
  const setup = new SetupService(links, lifecycle, limiter, new OrderSetupCompletion(links, lifecycle));
  return {
    lifecycle,
    orders: new OrderService(links, lifecycle),
    links,
    login,
    escalations,
    setup,
    serviceSetup: new ServiceSetupService(setup, lifecycle),
    limiter,
    activation: new ActivationService(login, limiter),
    outbox: new OutboxService(),
    // The reps' console.
    escalationQueue: new EscalationQueueService(escalations),
    orderAdmin: new OrderAdminService(lifecycle, links),
    organizationAdmin: new OrganizationAdminService(),
    subscriptionAdmin: new SubscriptionAdminService(),
    repAdmin: new RepAdminService(),
    dashboard: new DashboardService(),
    // Account recovery: "Forgot your password?" and fresh activation links.
    passwordReset: new PasswordResetService(config, login, limiter),
    activationLinks: new ActivationLinkService(links, limiter),
    // Single sign-on and bulk work (issue 18).
    singleSignOn: new SingleSignOnService(config.oidc, login),
    emailResend: new EmailResendService(linkInEmailStillWorks),
    // Order events and amendments for integrators (issue 18).
    orderEvents: new OrderEventService(),
    orderAmendments: new OrderAmendmentService(lifecycle, links, escalations),
    // Signed webhooks (issue 18).
    webhooks: new WebhookService(),
    workspace: new WorkspaceService(),
    // The subscription after provisioning (#26).
    subscriptionLifecycle: new SubscriptionLifecycle(lifecycle),
    organizationTransfer: new OrganizationTransfer(lifecycle),
  };
}

export type Services = ReturnType<typeof createServices>;
