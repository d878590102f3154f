import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { RequestContext } from '../graphql/context.js';
import { mutationPayload } from '../graphql/payload.js';
import { CannedResolution } from './canned-resolution.entity.js';
import { SavedView, SavedViewResource } from './saved-view.entity.js';
import {
  CannedResolutionPayload,
  DeleteCannedResolutionInput,
  DeletePayload,
  DeleteViewInput,
  SaveCannedResolutionInput,
  SaveViewInput,
  SavedViewPayload,
} from './workspace.types.js';

async function attempt<T>(work: () => Promise<T>, wrap: (value: T) => Record<string, unknown>, empty: Record<string, unknown>) {
  return mutationPayload(async () => wrap(await work()), empty);
}

/** A rep's saved views (their own only) and the canned resolutions reps share. */
@Resolver()
export class WorkspaceResolver {
  @Query(() => [SavedView], { description: 'The caller’s own saved views (of one list, or of all), by name.' })
  @Allow('REP')
  savedViews(
    @Ctx() ctx: RequestContext,
    @Arg('resource', () => SavedViewResource, { nullable: true, description: 'Only the views of this list; null: all the caller’s views.' })
    resource?: SavedViewResource | null,
  ) {
    return ctx.services.workspace.views(ctx, resource);
  }

  @Mutation(() => SavedViewPayload, { description: 'Saves one of the caller’s views: a new one, the one named so replaced, or the one with `id` changed.' })
  @Allow('REP')
  saveView(@Ctx() ctx: RequestContext, @Arg('input', () => SaveViewInput, { description: 'The view to save.' }) input: SaveViewInput) {
    return attempt(
      () => ctx.services.workspace.saveView(ctx, input),
      (view) => ({ view }),
      { view: null },
    );
  }

  @Mutation(() => DeletePayload, { description: 'Deletes one of the caller’s views (another rep’s is NOT_FOUND).' })
  @Allow('REP')
  deleteView(@Ctx() ctx: RequestContext, @Arg('input', () => DeleteViewInput, { description: 'The view to delete.' }) input: DeleteViewInput) {
    return attempt(
      () => ctx.services.workspace.deleteView(ctx, input.id),
      (deletedId) => ({ deletedId }),
      { deletedId: null },
    );
  }

  @Query(() => [CannedResolution], { description: 'The canned resolutions, by title (at most 200).' })
  @Allow('REP')
  cannedResolutions(@Ctx() ctx: RequestContext) {
    return ctx.services.workspace.cannedResolutions(ctx);
  }

  @Mutation(() => CannedResolutionPayload, { description: 'Creates a canned resolution, or changes the one with `id`.' })
  @Allow('REP')
  saveCannedResolution(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaveCannedResolutionInput, { description: 'The canned resolution to save.' }) input: SaveCannedResolutionInput,
  ) {
    return attempt(
      () => ctx.services.workspace.saveCannedResolution(ctx, input),
      (cannedResolution) => ({ cannedResolution }),
      { cannedResolution: null },
    );
  }

  @Mutation(() => DeletePayload, { description: 'Deletes a canned resolution (audited); resolutions already written with it stay as they are.' })
  @Allow('REP')
  deleteCannedResolution(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DeleteCannedResolutionInput, { description: 'The canned resolution to delete.' }) input: DeleteCannedResolutionInput,
  ) {
    return attempt(
      () => ctx.services.workspace.deleteCannedResolution(ctx, input.id),
      (deletedId) => ({ deletedId }),
      { deletedId: null },
    );
  }
}
