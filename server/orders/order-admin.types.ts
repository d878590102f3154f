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
registerEnumType(OrderSortField, { name: 'OrderSortField' });
registerEnumType(OrderAction, { name: 'OrderAction', description: 'What a rep may do with an order in its current state.' });

@InputType({ description: 'The console’s order search; all given conditions apply together.' })
export class OrderSearchFilter {
  @Field(() => String, {
    nullable: true,
    description: 'CCW order number, partner (name, account, organization), customer (name, organization) or provisioning contact email contains.',
  })
  q?: string | null;

  @Field(() => [OrderStatus], { nullable: true })
  status?: OrderStatus[] | null;

  @Field(() => Boolean, { nullable: true })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true })
  partnerOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  customerOrganizationId?: string | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;
}

@InputType()
export class CancelOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field({ description: 'Why; it becomes the resolution of the order’s open escalations.' })
  reason!: string;
}

@InputType()
export class TakeOrderBackInput {
  @Field(() => ID)
  orderId!: string;

  @Field({ description: 'Why; it is recorded in the order’s audit trail.' })
  reason!: string;
}

export const OrderPage = PageType('Order', Order);
