import { Migration20261125000000_initial } from './Migration20261125000000_initial.js';
import { Migration20261126000000_outbox_notify } from './Migration20261126000000_outbox_notify.js';
import { Migration20261127120000_rep_console } from './Migration20261127120000_rep_console.js';
import { Migration20261128000000_rate_limit } from './Migration20261128000000_rate_limit.js';
import { Migration20261201000000_outbox_failed_index } from './Migration20261201000000_outbox_failed_index.js';
import { Migration20261202000000_credentials_notify } from './Migration20261202000000_credentials_notify.js';
import { Migration20261202030000_password_reset } from './Migration20261202030000_password_reset.js';
import { Migration20261202040000_single_sign_on } from './Migration20261202040000_single_sign_on.js';
import { Migration20261202020000_order_holder } from './Migration20261202020000_order_holder.js';
import { Migration20261202010000_one_account_per_email } from './Migration20261202010000_one_account_per_email.js';
import { Migration20261202050000_stalled_setup } from './Migration20261202050000_stalled_setup.js';
import { Migration20261202051000_overdue_full_day } from './Migration20261202051000_overdue_full_day.js';
import { Migration20261202060000_order_events } from './Migration20261202060000_order_events.js';
import { Migration20261202061000_order_amendments } from './Migration20261202061000_order_amendments.js';
import { Migration20261203100000_webhooks } from './Migration20261203100000_webhooks.js';

/** Migrations in order. Listed explicitly so compiled and test runs load the same set. */
export const migrationsList = [
  { name: 'Migration20261125000000_initial', class: Migration20261125000000_initial },
  { name: 'Migration20261126000000_outbox_notify', class: Migration20261126000000_outbox_notify },
  { name: 'Migration20261127120000_rep_console', class: Migration20261127120000_rep_console },
  { name: 'Migration20261128000000_rate_limit', class: Migration20261128000000_rate_limit },
  { name: 'Migration20261201000000_outbox_failed_index', class: Migration20261201000000_outbox_failed_index },
  { name: 'Migration20261202000000_credentials_notify', class: Migration20261202000000_credentials_notify },
  { name: 'Migration20261202030000_password_reset', class: Migration20261202030000_password_reset },
  { name: 'Migration20261202040000_single_sign_on', class: Migration20261202040000_single_sign_on },
  { name: 'Migration20261202020000_order_holder', class: Migration20261202020000_order_holder },
  { name: 'Migration20261202010000_one_account_per_email', class: Migration20261202010000_one_account_per_email },
  { name: 'Migration20261202050000_stalled_setup', class: Migration20261202050000_stalled_setup },
  { name: 'Migration20261202051000_overdue_full_day', class: Migration20261202051000_overdue_full_day },
  { name: 'Migration20261202060000_order_events', class: Migration20261202060000_order_events },
  { name: 'Migration20261202061000_order_amendments', class: Migration20261202061000_order_amendments },
  { name: 'Migration20261203100000_webhooks', class: Migration20261203100000_webhooks },
];
