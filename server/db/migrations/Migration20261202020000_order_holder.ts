import { Migration } from '@mikro-orm/migrations';

/**
 * Whom an order's setup was handed to (a colleague or the customer administrator): a resend goes to
 * this holder and keeps the hand-over; a rep's `takeOrderBack` clears it.
 */
export class Migration20261202020000_order_holder extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table customer_order add column handed_over_to varchar(254) null;`);
    // Orders handed over before this column existed: the holder is the recipient of their latest Set up now link.
    this.addSql(`update customer_order o set handed_over_to = (
        select l.recipient_email from setup_link l where l.order_id = o.id and l.kind = 'SETUP' order by l.created_at desc, l.id desc limit 1)
      where o.status in ('HANDED_OVER');`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table customer_order drop column handed_over_to;');
  }
}
