import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderAction } from './order-lifecycle.js';
import { PageType } from '../graphql/offset-page.js';
import { OrderStatus } from './order-status.js';
import { Order } from './order.entity.js';

export enum OrderSortField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  CCW_ORDER_NUMBER = 'CCW_ORDER_NUMBER',
  STATUS = 'STATUS',
  REQUESTED_START_DATE = 'REQUESTED_START_DATE',
  PARTNER_NAME = 'PARTNER_NAME',
  CUSTOMER_NAME = 'CUSTOMER_NAME',
}
registerEnumType(OrderSortField, {
  name: 'OrderSortField',
  description: 'The columns the console’s order search can be sorted on (the id breaks ties).',
  valuesConfig: {
    CCW_ORDER_NUMBER: { description: 'The CCW order number.' },
    CREATED_AT: { description: 'When it was placed.' },
    CUSTOMER_NAME: { description: 'The customer name on the order.' },
    PARTNER_NAME: { description: 'The partner name on the order.' },
    REQUESTED_START_DATE: { description: 'The requested start date.' },
    STATUS: { description: 'Its status.' },
    UPDATED_AT: { description: 'When it last changed.' },
  },
});
registerEnumType(OrderAction, {
  name: 'OrderAction',
  description: 'What a rep may do with an order in its current state.',
  valuesConfig: {
    CANCEL: { description: 'Cancel the order (not yet set up).' },
    CHANGE_CONTACT: { description: 'Change the provisioning contact.' },
    RESEND_LINK: { description: 'Send the Set up now link again to its holder.' },
    TAKE_BACK: { description: 'Take a handed-over order back for the partner.' },
  },
});

@InputType({ description: 'The console’s order search; all given conditions apply together.' })
export class OrderSearchFilter {
  @Field(() => String, {
    nullable: true,
    description: 'CCW order number, partner (name, account, organization), customer (name, organization) or provisioning contact email contains.',
  })
  q?: string | null;

  @Field(() => [OrderStatus], { nullable: true, description: 'Only orders in one of these statuses.' })
  status?: OrderStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue orders; false: only orders not overdue.' })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only orders of this partner organization.' })
  partnerOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only orders of this customer organization.' })
  customerOrganizationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these orders.' })
  ids?: string[] | null;
}

@InputType({ description: 'A rep cancels an order that is not yet set up.' })
export class CancelOrderInput {
  @Field(() => ID, { description: 'The order to cancel.' })
  orderId!: string;

  @Field({ description: 'Why; it becomes the resolution of the order’s open escalations.' })
  reason!: string;
}

@InputType({ description: 'A rep takes a handed-over order back for the partner.' })
export class TakeOrderBackInput {
  @Field(() => ID, { description: 'The HANDED_OVER order.' })
  orderId!: string;

  @Field({ description: 'Why; it is recorded in the order’s audit trail.' })
  reason!: string;
}

export const OrderPage = PageType('Order', Order);
