import { Migration } from '@mikro-orm/migrations';

/**
 * One person, one kind of account: an email is a Cisco rep (`rep`) or an organization user
 * (`app_user`), never both. Each table's email is unique on its own; across the two a trigger checks
 * the other table under a transaction advisory lock on the email, so two transactions adding the same
 * address to both tables at once take turns and the second is refused. The refusal is a
 * `unique_violation` naming the constraint `one_account_per_email`, which the API turns into a user
 * error (server/graphql/user-error.ts).
 */
export class Migration20261202010000_one_account_per_email extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function one_account_per_email() returns trigger language plpgsql as $$
      declare
        other_exists boolean;
      begin
        perform pg_advisory_xact_lock(hashtextextended('account-email:' || new.email, 0));
        if tg_table_name = 'rep' then
          select exists (select 1 from app_user where email = new.email) into other_exists;
        else
          select exists (select 1 from rep where email = new.email) into other_exists;
        end if;
        if other_exists then
          raise exception 'the email % already has an account of another kind', new.email
            using errcode = 'unique_violation', constraint = 'one_account_per_email';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger rep_one_account_per_email before insert or update of email on rep
      for each row execute function one_account_per_email();`);
    this.addSql(`create trigger app_user_one_account_per_email before insert or update of email on app_user
      for each row execute function one_account_per_email();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists rep_one_account_per_email on rep;');
    this.addSql('drop trigger if exists app_user_one_account_per_email on app_user;');
    this.addSql('drop function if exists one_account_per_email();');
  }
}
