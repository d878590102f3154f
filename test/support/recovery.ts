import { SYSTEM_ACTOR } from '../../server/common/tx-scope.js';
import { hashToken } from '../../server/common/tokens.js';
import { OrderStatus } from '../../server/orders/order-status.js';
import { Order } from '../../server/orders/order.entity.js';
import { OrganizationKind, type Organization } from '../../server/organizations/organization.entity.js';
import { User } from '../../server/organizations/user.entity.js';
import { OutboxMessage, OutboxStatus } from '../../server/outbox/outbox-message.entity.js';
import { LinkKind } from '../../server/setup/setup-enums.js';
import { SetupLink } from '../../server/setup/setup-link.entity.js';
import type { TestApp } from './app.js';
import { createOrder } from './console.js';
import { createOrganization, createUser, unique } from './factories.js';

/** Test data for account recovery: administrators whose activation link expired, tokens read from emails. */

/**
 * A customer administrator named by a partner on a set-up order, who never chose a password, and
 * whose 7-day activation link has expired. Returns the expired link's token (as the email had it).
 */
export async function administratorWithExpiredActivation(
  app: TestApp,
  options: { locale?: string; email?: string; organization?: Organization; organizationName?: string } = {},
): Promise<{ organization: Organization; user: User; order: Order; expiredToken: string }> {
  const organization =
    options.organization ?? (await createOrganization(app.em(), { kind: OrganizationKind.CUSTOMER, name: options.organizationName ?? unique('Studio ') }));
  const user = await createUser(app.em(), organization, options.email ?? `${unique('admin')}@customer.example`);
  const order = await createOrder(app, { status: OrderStatus.SET_UP, customerOrganization: organization, input: { locale: options.locale ?? 'en' } });
  const { token } = await app.em().transactional(async (em) => {
    const managed = await em.findOneOrFail(Order, order.id);
    const person = await em.findOneOrFail(User, user.id);
    return app.services.links.issueActivationLink({ em, actor: SYSTEM_ACTOR, now: app.clock.now() }, managed, person, organization.name);
  });
  await app.em().nativeUpdate(SetupLink, { user: user.id, kind: LinkKind.ACTIVATION }, { expiresAt: new Date(app.clock.now().getTime() - 60_000) });
  // That email went out days ago: it is not in the outbox's queue any more.
  await app.em().nativeUpdate(OutboxMessage, { recipient: user.email, template: 'ACTIVATION' }, { status: OutboxStatus.SENT, sentAt: app.clock.now() });
  return { organization, user, order, expiredToken: token };
}

/** The emails queued for `recipient` with `template`, oldest first. */
export function outboxOf(app: TestApp, recipient: string, template: string): Promise<OutboxMessage[]> {
  return app.em().find(OutboxMessage, { recipient, template }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/**
 * The token of the link still open among the `template` emails to `recipient` (several may carry the
 * same timestamp under the test's manual clock, so "newest" is the one whose link was not revoked).
 */
export async function tokenFromOutbox(app: TestApp, recipient: string, template: string): Promise<string> {
  const messages = await outboxOf(app, recipient, template);
  const tokens = messages.map((m) => /token=(ph[a-z]_[A-Za-z0-9_-]+)/.exec(m.text)?.[1]).filter((t): t is string => !!t);
  for (const token of tokens) {
    const [row] = await app
      .em()
      .getConnection()
      .execute<{ open: boolean }[]>(
        `select used_at is null and revoked_at is null as open from setup_link where token_hash = ? union all select used_at is null and revoked_at is null from password_reset where token_hash = ?`,
        [hashToken(token), hashToken(token)],
      );
    if (row?.open) return token;
  }
  throw new Error(`No ${template} email with an open link to ${recipient} (${messages.length} messages)`);
}
