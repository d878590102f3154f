import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../graphql/user-error.js';
import { Order } from '../orders/order.entity.js';
import { ServiceLineInput } from '../orders/order.types.js';
import { SubscriptionChange } from './subscription-change.entity.js';
import { Subscription } from './subscription.entity.js';

/** The subscription's lifecycle after provisioning (docs/integrators.md, "The subscription after provisioning"). */
const REQUEST_ID =
  'The client’s id of this request (up to 100 characters; required from the intake key): a retry with the same id and the same content changes nothing and answers `replayed: true`.';

@InputType({ description: 'Suspends a provisioned (ACTIVE) subscription.' })
export class SuspendSubscriptionInput {
  @Field(() => ID, { description: 'The order whose subscription it is (for the intake key: one it placed; any other is `NOT_FOUND`).' })
  orderId!: string;

  @Field(() => String, { nullable: true, description: REQUEST_ID })
  clientRequestId?: string | null;

  @Field({ description: 'Why it is suspended (kept with the subscription and the audit trail).' })
  reason!: string;
}

@InputType({ description: 'Resumes a SUSPENDED subscription: ACTIVE again.' })
export class ResumeSubscriptionInput {
  @Field(() => ID, { description: 'The order whose subscription it is (for the intake key: one it placed; any other is `NOT_FOUND`).' })
  orderId!: string;

  @Field(() => String, { nullable: true, description: REQUEST_ID })
  clientRequestId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is resumed; optional.' })
  reason?: string | null;
}

@InputType({ description: 'Cancels a provisioned subscription, at once or on a later date (before setup, cancel the order: `amendOrderCancel`).' })
export class CancelSubscriptionInput {
  @Field(() => ID, { description: 'The order whose subscription it is (for the intake key: one it placed; any other is `NOT_FOUND`).' })
  orderId!: string;

  @Field(() => String, { nullable: true, description: REQUEST_ID })
  clientRequestId?: string | null;

  @Field({ description: 'Why it is cancelled.' })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'When it takes effect (YYYY-MM-DD, from the start of that day in the order’s time zone); omitted or today: at once. A later date schedules it.',
  })
  effectiveDate?: string | null;
}

@InputType({ description: 'New quantities of a provisioned subscription’s services, at once or on a later date.' })
export class ChangeSubscriptionQuantitiesInput {
  @Field(() => ID, { description: 'The order whose subscription it is (for the intake key: one it placed; any other is `NOT_FOUND`).' })
  orderId!: string;

  @Field(() => String, { nullable: true, description: REQUEST_ID })
  clientRequestId?: string | null;

  @Field(() => [ServiceLineInput], { description: 'The subscription’s services, each with its new quantity (none added or removed).' })
  services!: ServiceLineInput[];

  @Field(() => String, {
    nullable: true,
    description: 'When the new quantities take effect (YYYY-MM-DD, from the start of that day in the order’s time zone); omitted or today: at once.',
  })
  effectiveDate?: string | null;
}

@ObjectType({ description: 'The result of a change of a subscription: the subscription as it is now, or why nothing changed.' })
export class SubscriptionChangePayload {
  @Field(() => Order, { nullable: true, description: 'The order; null when `errors` is not empty.' })
  order?: Order | null;

  @Field(() => Subscription, { nullable: true, description: 'The subscription after the change; null when `errors` is not empty.' })
  subscription?: Subscription | null;

  @Field(() => SubscriptionChange, {
    nullable: true,
    description: 'The change scheduled by this request (with a later `effectiveDate`); null when it took effect at once.',
  })
  scheduledChange?: SubscriptionChange | null;

  @Field({ description: 'True when this client request id was seen before: nothing changed this time.' })
  replayed!: boolean;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  errors!: UserError[];
}
