/**
 * The recurring jobs' names: a leaf module, so the metrics (which label series by job) and the worker
 * (which schedules them) both read it without importing each other.
 */
export const DUE_SETUP_LINKS_JOB = 'setup-links:send-due';
export const OVERDUE_ESCALATIONS_JOB = 'orders:escalate-overdue';
export const STALLED_SETUPS_JOB = 'orders:escalate-stalled';
export const SETUP_REMINDERS_JOB = 'orders:remind-unfinished';
export const LINK_EXPIRY_JOB = 'setup-links:expire';
export const OUTBOX_DELIVERY_JOB = 'outbox:deliver';
export const WEBHOOK_DELIVERY_JOB = 'webhooks:deliver';
export const SUBSCRIPTION_CHANGES_JOB = 'subscriptions:apply-scheduled';

export const JOB_NAMES = [
  DUE_SETUP_LINKS_JOB,
  OVERDUE_ESCALATIONS_JOB,
  STALLED_SETUPS_JOB,
  SETUP_REMINDERS_JOB,
  LINK_EXPIRY_JOB,
  OUTBOX_DELIVERY_JOB,
  WEBHOOK_DELIVERY_JOB,
  SUBSCRIPTION_CHANGES_JOB,
] as const;
export type JobName = (typeof JOB_NAMES)[number];
