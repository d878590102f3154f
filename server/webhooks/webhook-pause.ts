import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/audit.js';
import type { Config } from '../common/config.js';
import { SYSTEM_ACTOR, type TxScope } from '../common/tx-scope.js';
import { emailLanguage, enqueueEmail, webhookPausedEmail } from '../outbox/emails.js';
import { executeInTransaction } from '../db/prepared.js';

/** What one lane of the sender recorded for one subscription. */
export interface SubscriptionOutcome {
  subscriptionId: string;
  delivered: number;
  /** Deliveries given up (FAILED) in this lane. */
  failed: number;
  /** The last FAILED delivery's error. */
  lastError: string | null;
}

interface CountedRow {
  id: string;
  consecutive_failures: number;
  paused_at: Date | null;
}

interface PausedRow {
  id: string;
  url: string;
  description: string | null;
  created_by: string;
  owner_api_key_id: string | null;
  consecutive_failures: number;
  paused_at: Date;
  pause_reason: string;
}

/**
 * Counts a lane's outcomes on its subscription, in `em`'s open transaction (the one that records the
 * deliveries' states): a DELIVERED delivery sets the count of FAILED ones in a row back to 0 (within one
 * lane, successes count first), each FAILED one adds 1. A subscription that reaches
 * `WEBHOOK_PAUSE_AFTER_FAILURES` is paused (`paused_at`, `pause_reason`: the last error), audited
 * (`webhook.paused`, the system) and its owner and the reps are emailed, once per pause (the message key
 * names the pause's time). Returns the ids paused now.
 */
export async function countOutcomes(
  em: EntityManager,
  now: Date,
  config: Pick<Config, 'repsEmail' | 'repsLocale' | 'portalUrl'> & { webhooks: Pick<Config['webhooks'], 'pauseAfterFailures'> },
  outcome: SubscriptionOutcome,
): Promise<boolean> {
  if (outcome.delivered === 0 && outcome.failed === 0) return false;
  const [counted] = await executeInTransaction<CountedRow>(
    em,
    `update webhook_subscription set consecutive_failures = case when ?::int > 0 then ?::int else consecutive_failures + ?::int end
      where id = ? returning id::text as id, consecutive_failures, paused_at`,
    [outcome.delivered, outcome.failed, outcome.failed, outcome.subscriptionId],
  );
  if (!counted || counted.paused_at || outcome.failed === 0 || counted.consecutive_failures < config.webhooks.pauseAfterFailures) return false;
  const [paused] = await executeInTransaction<PausedRow>(
    em,
    `update webhook_subscription set paused_at = ?, pause_reason = ?, updated_at = ? where id = ? and paused_at is null
      returning id::text as id, url, description, created_by, owner_api_key_id::text as owner_api_key_id, consecutive_failures, paused_at, pause_reason`,
    [now, outcome.lastError ?? 'failed', now, outcome.subscriptionId],
  );
  if (!paused) return false;
  const tx: TxScope = { em, actor: SYSTEM_ACTOR, now };
  audit(tx, {
    action: 'webhook.paused',
    targetType: 'WebhookSubscription',
    targetId: paused.id,
    after: { pausedAt: now.toISOString(), pauseReason: paused.pause_reason, consecutiveFailures: paused.consecutive_failures },
  });
  for (const recipient of pauseRecipients(paused, config.repsEmail)) {
    const language = emailLanguage(config.repsLocale);
    enqueueEmail(tx, {
      messageKey: `webhook-paused:${paused.id}:${now.toISOString()}:${recipient.role}`,
      template: 'WEBHOOK_PAUSED',
      recipient: recipient.address,
      locale: language,
      ...webhookPausedEmail(language, {
        subscriptionId: paused.id,
        url: paused.url,
        description: paused.description,
        failures: paused.consecutive_failures,
        lastError: paused.pause_reason,
        consoleUrl: `${new URL(config.portalUrl).origin}/admin/#/webhooks/${paused.id}/show`,
      }),
    });
  }
  await em.flush();
  return true;
}

/**
 * Who is told of a pause: the owner and the reps (`REPS_EMAIL`), once each. The owner of a rep's
 * subscription is the rep who created it (`created_by`, an email); a machine key has no address on
 * record, so its subscription's owner is reached through the reps.
 */
export function pauseRecipients(
  subscription: Pick<PausedRow, 'created_by' | 'owner_api_key_id'>,
  repsEmail: string | undefined,
): { role: 'owner' | 'reps'; address: string }[] {
  const recipients: { role: 'owner' | 'reps'; address: string }[] = [];
  const owner = !subscription.owner_api_key_id && subscription.created_by.includes('@') ? subscription.created_by.toLowerCase() : undefined;
  if (owner) recipients.push({ role: 'owner', address: owner });
  if (repsEmail && repsEmail.toLowerCase() !== owner) recipients.push({ role: 'reps', address: repsEmail });
  return recipients;
}
