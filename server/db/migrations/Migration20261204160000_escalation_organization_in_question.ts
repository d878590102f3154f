import { Migration } from '@mikro-orm/migrations';

/**
 * An unrecognized-organization escalation keeps the organization in question as it was when opened:
 * a reassignment maps the order to another organization, and the console shows both. Written by the
 * reassignment (before it changes the order); null on older rows, which read the order's mapping or
 * the wizard's draft as before.
 */
export class Migration20261204160000_escalation_organization_in_question extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table escalation add column organization_in_question_id uuid null
  references organization (id) on update cascade on delete set null;
`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table escalation drop column if exists organization_in_question_id;`);
  }
}
