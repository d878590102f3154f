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
registerEnumType(EscalationAge, {
  name: 'EscalationAge',
  description: 'How long an unresolved escalation has been open (the SLA is two days).',
  valuesConfig: {
    ONE_TO_2_DAYS: { description: 'Open for one day up to two days.' },
    OVER_7_DAYS: { description: 'Open for more than seven days.' },
    TWO_TO_7_DAYS: { description: 'Open for two days up to seven days.' },
    UNDER_1_DAY: { description: 'Open for less than a day.' },
  },
});

@ObjectType({ description: 'How many unresolved escalations of one kind are of one age.' })
export class EscalationAgeCount {
  @Field(() => EscalationKind, { description: 'The kind of escalation.' })
  kind!: EscalationKind;

  @Field(() => EscalationAge, { description: 'The age bracket.' })
  age!: EscalationAge;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'How many orders are in one status.' })
export class OrderStatusCount {
  @Field(() => OrderStatus, { description: 'The status.' })
  status!: OrderStatus;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'Of the orders placed since `since`: how many got how far.' })
export class ProvisioningFunnel {
  @Field(() => DateTimeScalar, { description: 'The start of the period (30 days before `asOf`).' })
  since!: Date;

  @Field(() => Int, { description: 'Orders placed since `since`.' })
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
  @Field(() => DateTimeScalar, { description: 'The instant the figures were computed at (now).' })
  asOf!: Date;

  @Field(() => Int, { description: 'Escalations not yet resolved (OPEN or IN_PROGRESS).' })
  openEscalations!: number;

  @Field(() => Int, { description: 'Unresolved escalations past their SLA.' })
  slaBreachedEscalations!: number;

  @Field(() => Int, { description: 'Orders nobody has started by the day after their requested start date.' })
  overdueOrders!: number;

  @Field(() => Int, { description: 'Orders ON_HOLD now.' })
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
