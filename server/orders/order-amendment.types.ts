import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../graphql/user-error.js';
import { ServiceLineInput } from './order.types.js';
import { Order } from './order.entity.js';

/** CCW's amendments (README, "Order amendments from CCW"): each carries the client's request id. */
@InputType()
export class AmendOrderStartDateInput {
  @Field(() => ID)
  orderId!: string;

  @Field({ description: 'The client\u2019s id of this request: a retry with the same id changes nothing and answers the order as it is.' })
  clientRequestId!: string;

  @Field({ description: 'The new requested start date (YYYY-MM-DD), in the order\u2019s time zone.' })
  requestedStartDate!: string;
}

@InputType()
export class AmendOrderCancelInput {
  @Field(() => ID)
  orderId!: string;

  @Field()
  clientRequestId!: string;

  @Field({ description: 'Why CCW cancels the order: the open escalations are resolved with it.' })
  reason!: string;
}

@InputType()
export class AmendOrderQuantitiesInput {
  @Field(() => ID)
  orderId!: string;

  @Field()
  clientRequestId!: string;

  @Field(() => [ServiceLineInput], { description: 'The purchased services with their new quantities (the same services as ordered).' })
  services!: ServiceLineInput[];
}

@ObjectType()
export class AmendOrderPayload {
  @Field(() => Order, { nullable: true })
  order?: Order | null;

  @Field({ description: 'True when this client request id was seen before: nothing changed this time.' })
  replayed!: boolean;

  @Field(() => [UserError])
  errors!: UserError[];
}
