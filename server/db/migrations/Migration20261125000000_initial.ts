import { Migration } from '@mikro-orm/migrations';

/**
 * The whole domain. Rules that must hold under concurrency live here as constraints:
 * one user one organization (unique lower-case email), one partner organization per CCW account,
 * one subdomain per organization and unique everywhere, one active link per recipient and order,
 * one overdue escalation per order, one subscription per order.
 */
export class Migration20261125000000_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table organization (
  id uuid primary key,
  kind text not null check (kind in ('PARTNER', 'CUSTOMER')),
  name varchar(200) not null,
  country varchar(2),
  address varchar(200),
  city varchar(100),
  postal_code varchar(20),
  partner_account_id varchar(64),
  managing_partner_id uuid references organization (id),
  subdomain varchar(63) check (subdomain = lower(subdomain)),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  demo boolean not null default false,
  constraint organization_partner_account_only_for_partners check (kind = 'PARTNER' or partner_account_id is null),
  constraint organization_subdomain_only_for_customers check (kind = 'CUSTOMER' or subdomain is null)
);
create unique index organization_partner_account_id_unique on organization (partner_account_id) where partner_account_id is not null;
create unique index organization_subdomain_unique on organization (subdomain);
create index organization_name_prefix_idx on organization (kind, lower(left(name, 5)));
create index organization_managing_partner_idx on organization (managing_partner_id);

create table app_user (
  id uuid primary key,
  organization_id uuid not null references organization (id),
  email varchar(254) not null check (email = lower(email)),
  role text not null check (role in ('ADMIN', 'MEMBER')),
  password_hash varchar(255),
  created_at timestamptz not null
);
create unique index app_user_email_unique on app_user (email);
create index app_user_organization_idx on app_user (organization_id);
create index app_user_email_domain_idx on app_user (split_part(email, '@', 2));

create table rep (
  id uuid primary key,
  email varchar(254) not null check (email = lower(email)),
  name varchar(200) not null,
  role text not null check (role in ('REP', 'ADMIN')),
  password_hash varchar(255) not null,
  active boolean not null default true,
  created_at timestamptz not null
);
create unique index rep_email_unique on rep (email);

create table api_key (
  id uuid primary key,
  name varchar(100) not null unique,
  key_hash varchar(64) not null unique,
  scopes text[] not null,
  created_at timestamptz not null,
  revoked_at timestamptz
);

create table login_session (
  id uuid primary key,
  token_hash varchar(64) not null unique,
  user_id uuid references app_user (id) on delete cascade,
  rep_id uuid references rep (id) on delete cascade,
  expires_at timestamptz not null,
  revoked_at timestamptz,
  created_at timestamptz not null,
  constraint login_session_one_principal check ((user_id is null) <> (rep_id is null))
);

create table customer_order (
  id uuid primary key,
  ccw_order_number varchar(64) not null,
  offer text not null check (offer in ('A_WX', 'A_SPK', 'A_FLEX')),
  status text not null check (status in ('PLACED', 'AWAITING_SETUP', 'SETUP_IN_PROGRESS', 'HANDED_OVER', 'ON_HOLD', 'SET_UP', 'PROVISIONED', 'EXPIRED', 'CANCELLED')),
  partner_account_id varchar(64) not null,
  partner_name varchar(200) not null,
  customer_name varchar(200) not null,
  services jsonb not null,
  requested_start_date date not null,
  time_zone varchar(64) not null,
  locale varchar(35) not null,
  provisioning_contact_email varchar(254) not null check (provisioning_contact_email = lower(provisioning_contact_email)),
  intake_fingerprint varchar(64) not null,
  setup_due_at timestamptz not null,
  overdue_at timestamptz not null,
  link_sent_at timestamptz,
  setup_started_at timestamptz,
  link_expires_at timestamptz,
  partner_organization_id uuid references organization (id),
  customer_organization_id uuid references organization (id),
  customer_self_setup boolean not null default false,
  set_up_at timestamptz,
  provisioned_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  demo boolean not null default false
);
create unique index customer_order_ccw_order_number_unique on customer_order (ccw_order_number);
create index customer_order_partner_account_idx on customer_order (partner_account_id);
create index customer_order_partner_organization_idx on customer_order (partner_organization_id);
create index customer_order_customer_organization_idx on customer_order (customer_organization_id);
create index customer_order_status_created_idx on customer_order (status, created_at, id);
create index customer_order_created_idx on customer_order (created_at, id);
-- Orders whose setup email is still to be sent, by due time.
create index customer_order_setup_due_idx on customer_order (setup_due_at, id) where status = 'PLACED';
-- overdueOrders: exactly the predicate and the sort of the query (see OrderService.overdue).
create index customer_order_overdue_idx on customer_order (overdue_at, id)
  where setup_started_at is null and status in ('PLACED', 'AWAITING_SETUP');
-- Links that expire unused.
create index customer_order_link_expiry_idx on customer_order (link_expires_at, id)
  where status in ('AWAITING_SETUP', 'SETUP_IN_PROGRESS', 'HANDED_OVER');

create table subscription (
  id uuid primary key,
  order_id uuid not null references customer_order (id),
  customer_organization_id uuid not null references organization (id),
  status text not null check (status in ('PENDING', 'ACTIVE')),
  services jsonb not null,
  calling_settings jsonb,
  meeting_settings jsonb,
  billing_started_at timestamptz,
  created_at timestamptz not null,
  constraint subscription_active_has_billing check (status = 'PENDING' or billing_started_at is not null)
);
create unique index subscription_order_unique on subscription (order_id);
create index subscription_customer_organization_idx on subscription (customer_organization_id, status);

create table setup_link (
  id uuid primary key,
  kind text not null check (kind in ('SETUP', 'ACTIVATION')),
  order_id uuid not null references customer_order (id),
  token_hash varchar(64) not null unique,
  recipient_email varchar(254) not null check (recipient_email = lower(recipient_email)),
  audience text not null check (audience in ('PARTNER', 'CUSTOMER')),
  user_id uuid references app_user (id),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  used_at timestamptz,
  created_at timestamptz not null
);
create unique index setup_link_one_active_per_recipient on setup_link (order_id, kind, recipient_email)
  where revoked_at is null and used_at is null;
create index setup_link_order_idx on setup_link (order_id, created_at);

create table setup_session (
  id uuid primary key,
  token_hash varchar(64) not null unique,
  link_id uuid not null references setup_link (id),
  order_id uuid not null references customer_order (id),
  role text check (role in ('PARTNER', 'CUSTOMER')),
  owner text check (owner in ('SELF', 'COLLEAGUE', 'CUSTOMER')),
  next_step text not null,
  completed_steps jsonb not null default '[]',
  draft jsonb not null default '{}',
  user_id uuid references app_user (id),
  created_organization_id uuid references organization (id),
  last_active_at timestamptz not null,
  expires_at timestamptz not null,
  revoked_at timestamptz,
  created_at timestamptz not null
);
create index setup_session_link_idx on setup_session (link_id);
create index setup_session_order_idx on setup_session (order_id);

create table escalation (
  id uuid primary key,
  kind text not null check (kind in ('OVERDUE_PROVISIONING', 'UNRECOGNIZED_PARTNER_ORGANIZATION', 'UNRECOGNIZED_CUSTOMER_ORGANIZATION')),
  status text not null check (status in ('OPEN', 'IN_PROGRESS', 'RESOLVED')),
  order_id uuid not null references customer_order (id),
  assignee_id uuid references rep (id),
  created_at timestamptz not null,
  resolved_at timestamptz,
  resolution text,
  resolved_by_id uuid references rep (id),
  constraint escalation_resolved_has_resolution check (status <> 'RESOLVED' or (resolved_at is not null and resolution is not null))
);
create unique index escalation_one_overdue_per_order on escalation (order_id) where kind = 'OVERDUE_PROVISIONING';
create unique index escalation_one_unresolved_per_kind on escalation (order_id, kind) where status <> 'RESOLVED';
create index escalation_queue_idx on escalation (status, created_at, id);

create table escalation_note (
  id uuid primary key,
  escalation_id uuid not null references escalation (id),
  author_id uuid not null references rep (id),
  body text not null,
  created_at timestamptz not null
);
create index escalation_note_escalation_idx on escalation_note (escalation_id, created_at);

create table audit_event (
  id bigserial primary key,
  at timestamptz not null,
  actor_kind varchar(32) not null,
  actor_id varchar(64),
  actor_label varchar(254),
  action varchar(64) not null,
  target_type varchar(32) not null,
  target_id varchar(64) not null,
  order_id uuid,
  before jsonb,
  after jsonb,
  request_id varchar(64),
  ip varchar(64)
);
create index audit_event_order_idx on audit_event (order_id, at);
create index audit_event_target_idx on audit_event (target_type, target_id, at);

create table outbox_message (
  id uuid primary key,
  message_key varchar(200) not null unique,
  template varchar(32) not null,
  recipient varchar(254) not null,
  locale varchar(35) not null,
  subject varchar(300) not null,
  text text not null,
  html text not null,
  order_id uuid,
  status text not null check (status in ('PENDING', 'SENT', 'FAILED')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null
);
create index outbox_message_pending_idx on outbox_message (next_attempt_at, id) where status = 'PENDING';
create index outbox_message_order_idx on outbox_message (order_id, created_at);

-- agenda's jobs table (@agendajs/postgres-backend 3), created here so that several workers
-- starting at once never race to create it (STACK.md traps 4 and 12); agenda runs with ensureSchema: false.
create table agenda_jobs (
  id uuid primary key default gen_random_uuid(),
  name varchar(255) not null,
  priority integer not null default 0,
  next_run_at timestamptz,
  type varchar(10) not null default 'normal' check (type in ('normal', 'single')),
  locked_at timestamptz,
  last_finished_at timestamptz,
  failed_at timestamptz,
  fail_count integer default null,
  fail_reason text,
  repeat_timezone varchar(100),
  last_run_at timestamptz,
  repeat_interval varchar(255),
  data jsonb default '{}'::jsonb,
  repeat_at varchar(255),
  disabled boolean default false,
  progress real,
  fork boolean default false,
  last_modified_by varchar(255),
  debounce_started_at timestamptz,
  start_date timestamptz,
  end_date timestamptz,
  skip_days jsonb,
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);
create index agenda_jobs_find_and_lock_idx on agenda_jobs (name, next_run_at, priority desc, locked_at, disabled) where disabled = false;
create unique index agenda_jobs_single_job_idx on agenda_jobs (name) where type = 'single';
create index agenda_jobs_locked_at_idx on agenda_jobs (locked_at) where locked_at is not null;
create index agenda_jobs_next_run_at_idx on agenda_jobs (next_run_at) where next_run_at is not null;
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop table if exists agenda_jobs;
drop table if exists outbox_message;
drop table if exists audit_event;
drop table if exists escalation_note;
drop table if exists escalation;
drop table if exists setup_session;
drop table if exists setup_link;
drop table if exists subscription;
drop table if exists customer_order;
drop table if exists login_session;
drop table if exists api_key;
drop table if exists rep;
drop table if exists app_user;
drop table if exists organization;
`);
  }
}
