import { Migration } from '@mikro-orm/migrations';

/**
 * Tells every API process when a credential changes, so the few-second cache of authenticated viewers
 * (auth/viewer-cache.ts) drops it at once: a revoked or expired-by-hand login session, a changed or
 * revoked API key (by its hash), a rep whose role or activity changed, a user moved or removed (by id).
 * NOTIFY is delivered at commit, so a listener never drops an entry before the change is visible.
 */
export class Migration20261202000000_credentials_notify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function credentials_changed_notify() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'login_session' then
    perform pg_notify('credentials_changed', old.token_hash);
  elsif tg_table_name = 'api_key' then
    perform pg_notify('credentials_changed', old.key_hash);
  elsif tg_table_name = 'rep' then
    perform pg_notify('credentials_changed', 'rep:' || old.id);
  elsif tg_table_name = 'app_user' then
    perform pg_notify('credentials_changed', 'user:' || old.id);
  end if;
  return null;
end
$$;
create trigger login_session_credentials_changed after update of revoked_at, expires_at or delete on login_session
  for each row execute function credentials_changed_notify();
create trigger api_key_credentials_changed after update of key_hash, revoked_at, scopes or delete on api_key
  for each row execute function credentials_changed_notify();
create trigger rep_credentials_changed after update of active, role, email or delete on rep
  for each row execute function credentials_changed_notify();
create trigger app_user_credentials_changed after update of organization_id, email or delete on app_user
  for each row execute function credentials_changed_notify();
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
drop trigger if exists login_session_credentials_changed on login_session;
drop trigger if exists api_key_credentials_changed on api_key;
drop trigger if exists rep_credentials_changed on rep;
drop trigger if exists app_user_credentials_changed on app_user;
drop function if exists credentials_changed_notify();
`);
  }
}
