import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { EmailScalar } from '../graphql/scalars.js';
import { Organization } from '../organizations/organization.entity.js';
import { ViewerKind, type Viewer } from './viewer.js';

@ObjectType('Viewer', { description: 'Who the bearer token belongs to.' })
export class ViewerType {
  @Field(() => ID, { description: 'The rep’s, user’s, key’s or setup session’s id.' })
  id!: string;

  @Field(() => ViewerKind, { description: 'What kind of bearer.' })
  kind!: ViewerKind;

  @Field(() => EmailScalar, { nullable: true, description: 'The person’s email; null for machine keys.' })
  email?: string | null;

  @Field(() => Organization, { nullable: true, description: 'The organization of a partner or customer administrator; null for everyone else.' })
  organization?: Organization | null;
}

@Resolver()
export class ViewerResolver {
  @Query(() => ViewerType, { nullable: true, description: 'Who the bearer token belongs to; null without one.' })
  @Allow('PUBLIC')
  async viewer(@Ctx() ctx: RequestContext): Promise<ViewerType | null> {
    return ctx.viewer ? toViewerType(ctx, ctx.viewer) : null;
  }
}

export async function toViewerType(ctx: RequestContext, viewer: Viewer): Promise<ViewerType> {
  const organization = viewer.organizationId ? await ctx.em.findOne(Organization, viewer.organizationId) : null;
  return { id: viewer.id, kind: viewer.kind, email: viewer.email ?? null, organization };
}
