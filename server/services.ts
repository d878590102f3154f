import { ActivationService } from './auth/activation.service.js';
import { LoginService } from './auth/login.service.js';
import { RateLimiter } from './auth/rate-limiter.js';
import type { Config } from './common/config.js';
import { EscalationService } from './escalations/escalation.service.js';
import { OrderService } from './orders/order.service.js';
import { OutboxService } from './outbox/outbox.service.js';
import { SetupLinkService } from './setup/setup-link.service.js';
import { SetupService } from './setup/setup.service.js';
import { ServiceSetupService } from './subscriptions/service-setup.service.js';

/** The services, built once per process. They hold no request state: each method takes the context first. */
export function createServices(config: Config) {
  const links = new SetupLinkService(config);
  const limiter = new RateLimiter(config.rateLimit);
  const login = new LoginService(limiter);
  const escalations = new EscalationService(config, links);
  const setup = new SetupService(links, escalations, limiter);
  return {
    orders: new OrderService(),
    links,
    login,
    escalations,
    setup,
    serviceSetup: new ServiceSetupService(setup),
    limiter,
    activation: new ActivationService(login, limiter),
    outbox: new OutboxService(),
  };
}

export type Services = ReturnType<typeof createServices>;
