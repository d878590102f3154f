import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Subscription } from './subscription.entity.js';

@Resolver(() => Subscription)
export class SubscriptionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The enterprise subdomain: the SIP domain is <subdomain>.calls.webex.com' })
  async subdomain(@Root() subscription: Subscription): Promise<string | null> {
    const organization = await subscription.customerOrganization.load();
    return organization?.subdomain ?? null;
  }
}
