import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../graphql/user-error.js';
import { ServiceLineInput } from './order.types.js';
import { Order } from './order.entity.js';

/** CCW's amendments (docs/integrators.md, "Order amendments from CCW"): each carries the client's request id. */
@InputType({ description: 'CCW moves the requested start date of an order not yet set up.' })
export class AmendOrderStartDateInput {
  @Field(() => ID, { description: 'The order to amend (one the intake key placed; any other is `NOT_FOUND`).' })
  orderId!: string;

  @Field({ description: 'The client\u2019s id of this request: a retry with the same id changes nothing and answers the order as it is.' })
  clientRequestId!: string;

  @Field({ description: 'The new requested start date (YYYY-MM-DD), in the order\u2019s time zone.' })
  requestedStartDate!: string;
}

@InputType({ description: 'CCW cancels an order that is not yet set up.' })
export class AmendOrderCancelInput {
  @Field(() => ID, { description: 'The order to cancel (one the intake key placed; any other is `NOT_FOUND`).' })
  orderId!: string;

  @Field({ description: 'The client’s id of this request: a retry with the same id changes nothing and answers the order as it is.' })
  clientRequestId!: string;

  @Field({ description: 'Why CCW cancels the order: the open escalations are resolved with it.' })
  reason!: string;
}

@InputType({ description: 'CCW changes the quantities of the services purchased on an order.' })
export class AmendOrderQuantitiesInput {
  @Field(() => ID, { description: 'The order to amend (one the intake key placed; any other is `NOT_FOUND`).' })
  orderId!: string;

  @Field({ description: 'The client’s id of this request: a retry with the same id changes nothing and answers the order as it is.' })
  clientRequestId!: string;

  @Field(() => [ServiceLineInput], { description: 'The purchased services with their new quantities (the same services as ordered).' })
  services!: ServiceLineInput[];
}

@ObjectType({ description: 'The result of a CCW amendment: the order as it is now, or why nothing changed.' })
export class AmendOrderPayload {
  @Field(() => Order, { nullable: true, description: 'The order after the amendment; null when `errors` is not empty.' })
  order?: Order | null;

  @Field({ description: 'True when this client request id was seen before: nothing changed this time.' })
  replayed!: boolean;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  errors!: UserError[];
}
