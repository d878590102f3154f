import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../graphql/connection.js';
import { UserError } from '../graphql/user-error.js';
import { Order } from './order.entity.js';
import { OrderStatus } from './order-status.js';
import { Offer, ServiceKind } from './service-line.js';

@InputType()
export class ServiceLineInput {
  @Field(() => ServiceKind)
  kind!: ServiceKind;

  @Field(() => Int)
  quantity!: number;
}

@InputType()
export class PlaceOrderInput {
  @Field()
  ccwOrderNumber!: string;

  @Field(() => Offer)
  offer!: Offer;

  @Field()
  partnerAccountId!: string;

  @Field()
  partnerName!: string;

  @Field()
  customerName!: string;

  @Field(() => [ServiceLineInput])
  services!: ServiceLineInput[];

  @Field()
  requestedStartDate!: string;

  @Field(() => String, { nullable: true, defaultValue: 'UTC' })
  timeZone?: string | null;

  @Field()
  provisioningContactEmail!: string;

  @Field(() => String, { nullable: true, defaultValue: 'en' })
  locale?: string | null;
}

@InputType()
export class UpdateProvisioningContactInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  resend?: boolean | null;
}

@InputType()
export class OrderFilter {
  @Field(() => [OrderStatus], { nullable: true })
  status?: OrderStatus[] | null;

  @Field(() => Boolean, { nullable: true })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true })
  ccwOrderNumber?: string | null;
}

@ObjectType()
export class PlaceOrderPayload {
  @Field(() => Order, { nullable: true })
  order?: Order | null;

  @Field()
  created!: boolean;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class OrderPayload {
  @Field(() => Order, { nullable: true })
  order?: Order | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

export const OrderConnection = ConnectionType('Order', Order);
