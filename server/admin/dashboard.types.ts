import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EscalationKind } from '../escalations/escalation.entity.js';
import { DateTimeScalar } from '../graphql/scalars.js';
import { OrderStatus } from '../orders/order-status.js';

export enum EscalationAge {
  UNDER_1_DAY = 'UNDER_1_DAY',
  ONE_TO_2_DAYS = 'ONE_TO_2_DAYS',
  TWO_TO_7_DAYS = 'TWO_TO_7_DAYS',
  OVER_7_DAYS = 'OVER_7_DAYS',
}
registerEnumType(EscalationAge, { name: 'EscalationAge', description: 'How long an unresolved escalation has been open (the SLA is two days).' });

@ObjectType()
export class EscalationAgeCount {
  @Field(() => EscalationKind)
  kind!: EscalationKind;

  @Field(() => EscalationAge)
  age!: EscalationAge;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class OrderStatusCount {
  @Field(() => OrderStatus)
  status!: OrderStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Of the orders placed since `since`: how many got how far.' })
export class ProvisioningFunnel {
  @Field(() => DateTimeScalar)
  since!: Date;

  @Field(() => Int)
  placed!: number;

  @Field(() => Int, { description: 'Somebody opened the wizard.' })
  setupStarted!: number;

  @Field(() => Int, { description: 'Step 8 confirmed: organizations and subscription exist.' })
  setUp!: number;

  @Field(() => Int, { description: 'Provisioned: billing started.' })
  provisioned!: number;
}

@ObjectType({ description: 'The reps’ dashboard, computed in the database at `asOf`.' })
export class Dashboard {
  @Field(() => DateTimeScalar)
  asOf!: Date;

  @Field(() => Int)
  openEscalations!: number;

  @Field(() => Int, { description: 'Unresolved escalations past their SLA.' })
  slaBreachedEscalations!: number;

  @Field(() => Int, { description: 'Orders nobody has started by the day after their requested start date.' })
  overdueOrders!: number;

  @Field(() => Int)
  ordersOnHold!: number;

  @Field(() => [EscalationAgeCount], { description: 'Unresolved escalations, every kind × age (zeros included).' })
  openEscalationsByKindAndAge!: EscalationAgeCount[];

  @Field(() => DateTimeScalar, { description: 'Start of "this week": seven days before asOf.' })
  weekStart!: Date;

  @Field(() => [OrderStatusCount], { description: 'Orders placed this week, by their current status (zeros included).' })
  ordersByStatusThisWeek!: OrderStatusCount[];

  @Field(() => ProvisioningFunnel, { description: 'Orders placed in the last 30 days.' })
  funnel!: ProvisioningFunnel;
}
