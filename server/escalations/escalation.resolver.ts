import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Order } from '../orders/order.entity.js';
import { Escalation } from './escalation.entity.js';

@Resolver(() => Escalation)
export class EscalationResolver {
  @FieldResolver(() => Order)
  order(@Root() escalation: Escalation): Promise<Order> {
    return escalation.order.loadOrFail();
  }
}
