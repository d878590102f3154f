import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { EmailScalar } from '../graphql/scalars.js';
import { Organization } from '../organizations/organization.entity.js';
import { ViewerKind, type Viewer } from './viewer.js';

@ObjectType('Viewer')
export class ViewerType {
  @Field(() => ID)
  id!: string;

  @Field(() => ViewerKind)
  kind!: ViewerKind;

  @Field(() => EmailScalar, { nullable: true })
  email?: string | null;

  @Field(() => Organization, { nullable: true })
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
