import { LoginService } from './auth/login.service.js';
import type { Config } from './common/config.js';
import { EscalationService } from './escalations/escalation.service.js';
import { OrderService } from './orders/order.service.js';
import { OutboxService } from './outbox/outbox.service.js';
import { SetupLinkService } from './setup/setup-link.service.js';

/** The services, built once per process. They hold no request state: each method takes the context first. */
export function createServices(config: Config) {
  const links = new SetupLinkService(config);
  return {
    orders: new OrderService(),
    links,
    login: new LoginService(),
    escalations: new EscalationService(config, links),
    outbox: new OutboxService(),
  };
}

export type Services = ReturnType<typeof createServices>;
