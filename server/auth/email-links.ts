import type { EntityManager } from '@mikro-orm/postgresql';
import { SetupLink } from '../setup/setup-link.entity.js';
import { PasswordReset } from './password-reset.entity.js';

/**
 * Whether the link an email carries still works, by the email's key (`setup-link:<id>`,
 * `activation:<id>`, `password-reset:<id>`): once replaced, used or expired, the same email would hand
 * out a dead link. An email that carries no link: true. The outbox's "send again" asks (`LinkInEmailCheck`).
 */
export async function linkInEmailStillWorks(em: EntityManager, messageKey: string, now: Date): Promise<boolean> {
  const [kind, id] = messageKey.split(':', 2);
  const link =
    kind === 'setup-link' || kind === 'activation'
      ? await em.findOne(SetupLink, id)
      : kind === 'password-reset'
        ? await em.findOne(PasswordReset, id)
        : undefined;
  if (link === undefined) return true;
  return !!link && !link.revokedAt && !link.usedAt && link.expiresAt > now;
}
