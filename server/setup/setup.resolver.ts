import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { EmailScalar } from '../graphql/scalars.js';
import { mutationPayload } from '../graphql/payload.js';
import { Order } from '../orders/order.entity.js';
import { OrderStatus } from '../orders/order-status.js';
import { Organization } from '../organizations/organization.entity.js';
import { MissingSetting, missingSettings } from '../subscriptions/service-setup.service.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { isSharedAddress } from './shared-addresses.js';
import { SetupSession } from './setup-session.entity.js';
import {
  ChooseRoleInput,
  ChooseSetupOwnerInput,
  CompleteOrderSetupInput,
  ConfirmCustomerOrganizationInput,
  CreatePartnerOrganizationInput,
  OrganizationCandidate,
  OrganizationDraft,
  RequestSetupLinkInput,
  RequestSetupLinkPayload,
  ReviewInput,
  SetCustomerAdministratorInput,
  SetPasswordInput,
  SetupSessionPayload,
  StartSetupInput,
  StartSetupPayload,
} from './setup.types.js';
import { LinkAudience, SetupRole, SetupStep } from './setup-enums.js';
import { backSteps } from './setup-steps.js';
import { SetupLink } from './setup-link.entity.js';

/** A step's payload: the session after the step, or the errors and the session as it still is. */
async function stepPayload(ctx: RequestContext, work: () => Promise<SetupSession>): Promise<SetupSessionPayload> {
  return mutationPayload(
    async () => ({ session: await work() }),
    async () => {
      // The failed transaction may have left changed entities in this request's identity map.
      ctx.em.clear();
      return { session: await ctx.services.setup.current(ctx) };
    },
  );
}

const isSetUp = (order: Order) => order.status === OrderStatus.SET_UP || order.status === OrderStatus.PROVISIONED;

@Resolver(() => SetupSession)
export class SetupResolver {
  @Mutation(() => StartSetupPayload, { description: 'Opens the wizard with a Set up now link; again with the same link starts afresh.' })
  @Allow('PUBLIC')
  async startSetup(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => StartSetupInput, { description: 'The link’s token.' }) input: StartSetupInput,
  ): Promise<StartSetupPayload> {
    return mutationPayload(
      async () => {
        const { session, sessionToken } = await ctx.services.setup.start(ctx, input.token);
        return { session, sessionToken };
      },
      { session: null, sessionToken: null },
    );
  }

  @Mutation(() => RequestSetupLinkPayload, {
    description: 'From an expired Set up now link: while the order is open for setup, a fresh link goes to its current holder on file.',
  })
  @Allow('PUBLIC')
  async requestSetupLink(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RequestSetupLinkInput, { description: 'The expired link’s token.' }) input: RequestSetupLinkInput,
  ): Promise<RequestSetupLinkPayload> {
    return mutationPayload(async () => {
      await ctx.services.setup.requestNewLink(ctx, input);
    });
  }

  @Query(() => SetupSession, { nullable: true, description: 'The bearer’s setup session; null once it was replaced or timed out.' })
  @Allow('SETUP_SESSION')
  setupSession(@Ctx() ctx: RequestContext): Promise<SetupSession | null> {
    return ctx.services.setup.current(ctx);
  }

  @Mutation(() => SetupSessionPayload, { description: 'Wizard step 1 (setup sessions): the role of the person walking it.' })
  @Allow('SETUP_SESSION')
  chooseRole(@Ctx() ctx: RequestContext, @Arg('input', () => ChooseRoleInput, { description: 'The role.' }) input: ChooseRoleInput) {
    return stepPayload(ctx, () => ctx.services.setup.runStep(ctx, SetupStep.CHOOSE_ROLE, { role: input.role }));
  }

  @Mutation(() => SetupSessionPayload, {
    description:
      'Wizard step 2 (setup sessions): go on now (SELF), or hand the order over to a colleague or the customer; a hand-over ends the session at HANDED_OVER and sends a new link.',
  })
  @Allow('SETUP_SESSION')
  chooseSetupOwner(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ChooseSetupOwnerInput, { description: 'Who sets the order up, and their email.' }) input: ChooseSetupOwnerInput,
  ) {
    return stepPayload(ctx, () =>
      ctx.services.setup.runStep(ctx, SetupStep.CHOOSE_SETUP_OWNER, { owner: input.owner, email: input.email, yourEmail: input.yourEmail }),
    );
  }

  @Mutation(() => SetupSessionPayload, { description: 'Wizard (setup sessions), on the partner’s first order: the partner organization to create at step 8.' })
  @Allow('SETUP_SESSION')
  createPartnerOrganization(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreatePartnerOrganizationInput, { description: 'The organization’s details.' }) input: CreatePartnerOrganizationInput,
  ) {
    return stepPayload(ctx, () => ctx.services.setup.runStep(ctx, SetupStep.CREATE_PARTNER_ORGANIZATION, input));
  }

  @Mutation(() => SetupSessionPayload, {
    description:
      'Wizard (setup sessions): whether the existing partner organization is the right one; `recognized: false` puts the order ON_HOLD and opens an escalation.',
  })
  @Allow('SETUP_SESSION')
  reviewPartnerOrganization(@Ctx() ctx: RequestContext, @Arg('input', () => ReviewInput, { description: 'Recognized or not.' }) input: ReviewInput) {
    return stepPayload(ctx, () => ctx.services.setup.runStep(ctx, SetupStep.REVIEW_PARTNER_ORGANIZATION, { recognized: input.recognized }));
  }

  @Mutation(() => SetupSessionPayload, {
    description:
      'Wizard (setup sessions): the customer administrator’s email; it decides between VERIFY_CUSTOMER_ORGANIZATION and CONFIRM_CUSTOMER_ORGANIZATION.',
  })
  @Allow('SETUP_SESSION')
  setCustomerAdministrator(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SetCustomerAdministratorInput, { description: 'The administrator’s email.' }) input: SetCustomerAdministratorInput,
  ) {
    return stepPayload(ctx, () => ctx.services.setup.runStep(ctx, SetupStep.CUSTOMER_ADMINISTRATOR, { email: input.email }));
  }

  @Mutation(() => SetupSessionPayload, {
    description: 'Wizard (setup sessions): picks a candidate customer organization or describes a new one (created at step 8).',
  })
  @Allow('SETUP_SESSION')
  confirmCustomerOrganization(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ConfirmCustomerOrganizationInput, { description: 'A candidate, or a new organization: exactly one.' })
    input: ConfirmCustomerOrganizationInput,
  ) {
    return stepPayload(ctx, () => ctx.services.setup.runStep(ctx, SetupStep.CONFIRM_CUSTOMER_ORGANIZATION, input));
  }

  @Mutation(() => SetupSessionPayload, {
    description:
      'Wizard (setup sessions): whether the existing customer organization of the administrator is the right one; `recognized: false` puts the order ON_HOLD and opens an escalation.',
  })
  @Allow('SETUP_SESSION')
  verifyCustomerOrganization(@Ctx() ctx: RequestContext, @Arg('input', () => ReviewInput, { description: 'Recognized or not.' }) input: ReviewInput) {
    return stepPayload(ctx, () => ctx.services.setup.runStep(ctx, SetupStep.VERIFY_CUSTOMER_ORGANIZATION, { recognized: input.recognized }));
  }

  @Mutation(() => SetupSessionPayload, { description: 'Step 8, the point of no return: the order is set up.' })
  @Allow('SETUP_SESSION')
  completeOrderSetup(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CompleteOrderSetupInput, { description: 'Nothing but an optional correlation id.' }) _input: CompleteOrderSetupInput,
  ) {
    return stepPayload(ctx, () => ctx.services.setup.runStep(ctx, SetupStep.REVIEW_ORDER, {}));
  }

  @Mutation(() => SetupSessionPayload, {
    description: 'Wizard (setup sessions), after step 8 when an organization was created now: the password of its first administrator.',
  })
  @Allow('SETUP_SESSION')
  setPassword(@Ctx() ctx: RequestContext, @Arg('input', () => SetPasswordInput, { description: 'The password.' }) input: SetPasswordInput) {
    return stepPayload(ctx, () => ctx.services.setup.runStep(ctx, SetupStep.SET_PASSWORD, { password: input.password }));
  }

  @FieldResolver(() => SetupStep, { nullable: true, description: 'Where Back leads from the next step; null when there is no going back.' })
  previousStep(@Root() session: SetupSession): SetupStep | null {
    return backSteps(session.nextStep, session.completedSteps).at(-1) ?? null;
  }

  @FieldResolver(() => [SetupStep], { description: 'The steps Back walks through, oldest first (Back from one of them leads to the one before it).' })
  backSteps(@Root() session: SetupSession): SetupStep[] {
    return backSteps(session.nextStep, session.completedSteps);
  }

  @FieldResolver(() => Order, { description: 'The order being set up.' })
  order(@Root() session: SetupSession): Promise<Order> {
    return session.order.loadOrFail();
  }

  @FieldResolver(() => SetupRole, { description: 'The role this link accepts at CHOOSE_ROLE: PARTNER, or CUSTOMER on a link handed to the customer.' })
  async allowedRole(@Root() session: SetupSession): Promise<SetupRole> {
    return (await session.link.loadOrFail()).audience === LinkAudience.CUSTOMER ? SetupRole.CUSTOMER : SetupRole.PARTNER;
  }

  @FieldResolver(() => EmailScalar, { description: 'Who the link was sent to.' })
  async recipientEmail(@Root() session: SetupSession): Promise<string> {
    return (await session.link.loadOrFail()).recipientEmail;
  }

  @FieldResolver(() => Boolean, {
    description:
      'The link went to a shared address (an alias such as orders@): choosing SELF for a new partner organization asks for the person’s own email (`yourEmail`), which gets the account.',
  })
  async recipientIsSharedAddress(@Root() session: SetupSession): Promise<boolean> {
    return isSharedAddress((await session.link.loadOrFail()).recipientEmail);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The existing one under review, or the one created at step 8.' })
  async partnerOrganization(@Root() session: SetupSession, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    const order = await session.order.loadOrFail();
    if (isSetUp(order)) return order.partnerOrganization ? order.partnerOrganization.load() : null;
    const id = session.draft.owner?.partnerOrganizationId;
    return id ? ctx.em.findOne(Organization, id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The existing one under verification, or the one created at step 8.' })
  async customerOrganization(@Root() session: SetupSession, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    const order = await session.order.loadOrFail();
    if (isSetUp(order)) return order.customerOrganization ? order.customerOrganization.load() : null;
    const id = session.draft.customerAdministrator?.organizationId ?? session.draft.customerOrganization?.candidateId;
    return id ? ctx.em.findOne(Organization, id) : null;
  }

  @FieldResolver(() => OrganizationDraft, {
    nullable: true,
    description: 'The partner organization to be created at step 8, as entered; null when none is to be created.',
  })
  newPartnerOrganization(@Root() session: SetupSession): OrganizationDraft | null {
    return session.draft.newPartnerOrganization ?? null;
  }

  @FieldResolver(() => OrganizationDraft, {
    nullable: true,
    description: 'The customer organization to be created at step 8, as entered; null when none is to be created.',
  })
  newCustomerOrganization(@Root() session: SetupSession): OrganizationDraft | null {
    return session.draft.customerOrganization?.newOrganization ?? null;
  }

  @FieldResolver(() => [OrganizationCandidate], { description: 'Offered at CONFIRM_CUSTOMER_ORGANIZATION.' })
  async customerOrganizationCandidates(@Root() session: SetupSession, @Ctx() ctx: RequestContext): Promise<OrganizationCandidate[]> {
    if (session.nextStep !== SetupStep.CONFIRM_CUSTOMER_ORGANIZATION) return [];
    const order = await session.order.loadOrFail();
    const link = await ctx.em.findOneOrFail(SetupLink, session.link.id);
    const organizations = await ctx.services.setup.candidates(ctx.em, session, order, link);
    const counts = await ctx.loaders.activeSubscriptionCount.loadMany(organizations.map((o) => o.id));
    return organizations.map((o, i) => ({
      id: o.id,
      name: o.name,
      city: o.city ?? null,
      country: o.country ?? null,
      createdAt: o.createdAt,
      activeSubscriptionCount: typeof counts[i] === 'number' ? counts[i] : 0,
    }));
  }

  @FieldResolver(() => EmailScalar, { nullable: true, description: 'The customer administrator named at CUSTOMER_ADMINISTRATOR; null until then.' })
  customerAdministratorEmail(@Root() session: SetupSession): string | null {
    return session.draft.customerAdministrator?.email ?? null;
  }

  @FieldResolver(() => Subscription, { nullable: true, description: 'Once the order is set up.' })
  subscription(@Root() session: SetupSession, @Ctx() ctx: RequestContext): Promise<Subscription | null> {
    return ctx.loaders.subscriptionByOrder.load(session.order.id);
  }

  @FieldResolver(() => [MissingSetting], { description: 'What provisionSubscription still needs: ENTERPRISE_SETTINGS, CALLING_SETTINGS, MEETING_SETTINGS.' })
  async missingSettings(@Root() session: SetupSession, @Ctx() ctx: RequestContext): Promise<MissingSetting[]> {
    const subscription = await ctx.loaders.subscriptionByOrder.load(session.order.id);
    if (!subscription) return [];
    const organization = await ctx.loaders.organizationById.load(subscription.customerOrganization.id);
    return organization ? missingSettings(subscription, organization) : [];
  }
}
