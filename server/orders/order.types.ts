import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../graphql/connection.js';
import { UserError } from '../graphql/user-error.js';
import { Order } from './order.entity.js';
import { OrderStatus } from './order-status.js';
import { Offer, ServiceKind } from './service-line.js';

@InputType({ description: 'One service purchased, with its quantity.' })
export class ServiceLineInput {
  @Field(() => ServiceKind, { description: 'The service.' })
  kind!: ServiceKind;

  @Field(() => Int, { description: 'How many licences: a whole number from 1 to 1000000.' })
  quantity!: number;
}

@InputType({ description: 'An order as CCW places it.' })
export class PlaceOrderInput {
  @Field({ description: 'The order’s number in CCW: up to 64 letters, digits, dots, slashes, dashes and underscores; a retry uses the same one.' })
  ccwOrderNumber!: string;

  @Field(() => Offer, { description: 'The offer ordered.' })
  offer!: Offer;

  @Field({ description: 'The partner’s CCW account id: up to 64 letters, digits, dots, slashes, dashes and underscores.' })
  partnerAccountId!: string;

  @Field({ description: 'The partner as named in CCW (1 to 200 characters).' })
  partnerName!: string;

  @Field({ description: 'The customer as named in CCW (1 to 200 characters).' })
  customerName!: string;

  @Field(() => [ServiceLineInput], { description: 'The services purchased: 1 to 4 lines, each kind at most once.' })
  services!: ServiceLineInput[];

  @Field({ description: 'The start date (YYYY-MM-DD), in `timeZone`: the link goes out then.' })
  requestedStartDate!: string;

  @Field(() => String, { nullable: true, defaultValue: 'UTC', description: 'The order’s time zone (IANA name, e.g. `Europe/Rome`).' })
  timeZone?: string | null;

  @Field({ description: 'Who gets the Set up now email; may be a shared address (an alias).' })
  provisioningContactEmail!: string;

  @Field(() => String, { nullable: true, defaultValue: 'en', description: 'The language of the emails (BCP 47, e.g. `it`).' })
  locale?: string | null;
}

@InputType({ description: 'Changes who gets an order’s Set up now email.' })
export class UpdateProvisioningContactInput {
  @Field(() => ID, { description: 'The order (the intake key: one it placed).' })
  orderId!: string;

  @Field(() => String, { nullable: true, description: 'The new provisioning contact; omitted: the contact stays and the link is sent again.' })
  email?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Whether to send the Set up now email to the contact now.' })
  resend?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Added (#26): the client’s id of this request (up to 100 characters, per caller). A retry with the same id and the same content changes nothing (no second email, the link just sent stays valid) and answers the order as it is; the same id with other content is `INVALID_INPUT` (`reason: REQUEST_ID_REUSED`).',
  })
  clientRequestId?: string | null;
}

@InputType({ description: 'Which orders to list; all given conditions apply together.' })
export class OrderFilter {
  @Field(() => [OrderStatus], { nullable: true, description: 'Only orders in one of these statuses.' })
  status?: OrderStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue orders; false: only orders not overdue.' })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only the order with this CCW number.' })
  ccwOrderNumber?: string | null;
}

@ObjectType({ description: 'The placed order, or why none was placed.' })
export class PlaceOrderPayload {
  @Field(() => Order, { nullable: true, description: 'The order; null when `errors` is not empty.' })
  order?: Order | null;

  @Field({ description: 'true when this call placed the order; false on a retry that answered the order placed before.' })
  created!: boolean;

  @Field(() => [UserError], { description: 'Why no order was placed; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'The result of a change to an order.' })
export class OrderPayload {
  @Field(() => Order, { nullable: true, description: 'The order as it is now; null when `errors` is not empty.' })
  order?: Order | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  errors!: UserError[];
}

export const OrderConnection = ConnectionType('Order', Order);
