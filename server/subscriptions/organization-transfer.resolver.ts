import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { mutationPayload } from '../graphql/payload.js';
import { UserError } from '../graphql/user-error.js';
import { Organization } from '../organizations/organization.entity.js';
import { Subscription } from './subscription.entity.js';

@InputType({ description: 'Moves a customer organization, with its orders and subscriptions, to another partner.' })
export class TransferCustomerOrganizationInput {
  @Field(() => ID, { description: 'The customer organization (kind CUSTOMER, managed by a partner).' })
  organizationId!: string;

  @Field(() => ID, { description: 'The partner organization that takes it over (kind PARTNER, not its current one).' })
  toPartnerOrganizationId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The client’s id of this request (up to 100 characters; optional): a retry with the same id and the same content changes nothing and answers `replayed: true`.',
  })
  clientRequestId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why (kept in the audit trail only; never in events, webhooks or emails).' })
  reason?: string | null;
}

@ObjectType({ description: 'The result of a transfer: the organization and the subscriptions that moved with it, or why nothing changed.' })
export class TransferCustomerOrganizationPayload {
  @Field(() => Organization, { nullable: true, description: 'The customer organization, now managed by the new partner; null when `errors` is not empty.' })
  organization?: Organization | null;

  @Field(() => [Subscription], { description: 'The subscriptions that moved with it (each emitted a `SUBSCRIPTION_CHANGED` event, `change: TRANSFERRED`).' })
  subscriptions!: Subscription[];

  @Field({ description: 'True when this client request id was seen before: nothing changed this time.' })
  replayed!: boolean;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  errors!: UserError[];
}

/** A rep's transfer of a customer organization to another partner (#26): reps (admins included), never a machine key or a partner. */
@Resolver()
export class OrganizationTransferResolver {
  @Mutation(() => TransferCustomerOrganizationPayload, {
    description:
      'Reps: moves a customer organization, its orders and their subscriptions to another partner: the new partner’s administrators see them, the old one’s no longer do. Audited, emailed to both partners, one `SUBSCRIPTION_CHANGED` event per subscription.',
  })
  @Allow('REP')
  transferCustomerOrganization(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TransferCustomerOrganizationInput, { description: 'The organization, the new partner, the reason and the request’s id.' })
    input: TransferCustomerOrganizationInput,
  ): Promise<TransferCustomerOrganizationPayload> {
    return mutationPayload(() => ctx.services.organizationTransfer.transfer(ctx, input), { organization: null, subscriptions: [], replayed: false });
  }
}
