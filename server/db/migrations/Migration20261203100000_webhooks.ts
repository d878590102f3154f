import { Migration } from '@mikro-orm/migrations';

/**
 * Signed webhooks for integrators (README, "Webhooks").
 *
 * `webhook_subscription`: a target URL and the order event types it wants, owned by the reps
 * (`owner_api_key_id` null) or by one machine key. The secret is kept as written (it must sign, so
 * a hash would not do); during a rotation's overlap the previous one is kept too, until
 * `previous_secret_expires_at`.
 *
 * `webhook_delivery`: one row per (event, subscription), written by the trigger below in the very
 * transaction that writes the `order_event` row, whatever code path writes it: a committed event
 * always has its deliveries, a rolled-back one has none. The trigger notifies
 * `webhook_delivery_pending` (delivered on commit), which wakes the sender. Ordering per order and
 * subscription follows the delivery id (the trigger inserts in event id order).
 */
export class Migration20261203100000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table webhook_subscription (
  id uuid primary key,
  url varchar(2000) not null,
  event_types text[] not null,
  description varchar(200),
  enabled boolean not null default true,
  secret varchar(100) not null,
  previous_secret varchar(100),
  previous_secret_expires_at timestamptz,
  owner_api_key_id uuid references api_key (id) on delete cascade,
  created_by varchar(200) not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  secret_rotated_at timestamptz
);
create index webhook_subscription_owner on webhook_subscription (owner_api_key_id, created_at);
create index webhook_subscription_enabled on webhook_subscription using gin (event_types) where enabled;

create table webhook_delivery (
  id bigserial primary key,
  subscription_id uuid not null references webhook_subscription (id) on delete cascade,
  event_id bigint not null references order_event (id) on delete cascade,
  order_id uuid not null,
  status varchar(16) not null default 'PENDING',
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  last_attempt_at timestamptz,
  last_response_status integer,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz not null,
  constraint webhook_delivery_status check (status in ('PENDING', 'DELIVERED', 'FAILED')),
  constraint webhook_delivery_once unique (subscription_id, event_id)
);
-- The sender's claim: due PENDING rows.
create index webhook_delivery_due on webhook_delivery (next_attempt_at, id) where status = 'PENDING';
-- "No earlier PENDING delivery of the same order to the same subscription" (ordering per order).
create index webhook_delivery_queue on webhook_delivery (subscription_id, order_id, id) where status = 'PENDING';
-- The delivery log, per subscription and per order, newest first.
create index webhook_delivery_by_subscription on webhook_delivery (subscription_id, id);
create index webhook_delivery_by_order on webhook_delivery (order_id, id);

create function order_event_webhooks() returns trigger language plpgsql as $$
declare
  queued integer;
begin
  insert into webhook_delivery (subscription_id, event_id, order_id, status, attempts, next_attempt_at, created_at)
  select s.id, e.id, e.order_id, 'PENDING', 0, e.at, e.at
    from inserted e
    join webhook_subscription s on s.enabled and e.type = any (s.event_types)
   order by e.id, s.id;
  get diagnostics queued = row_count;
  if queued > 0 then
    perform pg_notify('webhook_delivery_pending', '');
  end if;
  return null;
end
$$;
create trigger order_event_webhooks after insert on order_event
  referencing new table as inserted
  for each statement execute function order_event_webhooks();
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop trigger if exists order_event_webhooks on order_event;
drop function if exists order_event_webhooks();
drop table if exists webhook_delivery;
drop table if exists webhook_subscription;
`);
  }
}
