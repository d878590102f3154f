import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../graphql/user-error.js';
import { CannedResolution } from './canned-resolution.entity.js';
import { SavedView, SavedViewResource } from './saved-view.entity.js';

@InputType({ description: 'With `id`: changes that view (the caller’s own). Without: a new view, or the caller’s view of that name on that list replaced.' })
export class SaveViewInput {
  @Field(() => ID, { nullable: true, description: 'The view to change (the caller’s own); null: save a new view, or replace the caller’s view of that name.' })
  id?: string | null;

  @Field(() => SavedViewResource, { description: 'The console list the view belongs to.' })
  resource!: SavedViewResource;

  @Field({ description: 'At most 60 characters.' })
  name!: string;

  @Field(() => GraphQLJSONObject, {
    description:
      'The filter values by name (letters, digits, _): strings (at most 200 characters), numbers, booleans or lists of them (at most 20); at most 20 names.',
  })
  filters!: Record<string, unknown>;

  @Field(() => [String], {
    nullable: true,
    description: 'Column sources (letters, digits, `.`, `_`), at most 20, no repeats; null: the list’s default columns.',
  })
  columns?: string[] | null;
}

@InputType({ description: 'Which of the caller’s saved views to delete.' })
export class DeleteViewInput {
  @Field(() => ID, { description: 'The saved view’s id.' })
  id!: string;
}

@ObjectType({ description: 'What `saveView` answers.' })
export class SavedViewPayload {
  @Field(() => SavedView, { nullable: true, description: 'The view as saved; null when `errors` is not empty.' })
  view?: SavedView | null;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'What a delete answers.' })
export class DeletePayload {
  @Field(() => ID, { nullable: true, description: 'The id of what was deleted; null when nothing was.' })
  deletedId?: string | null;

  @Field(() => [UserError], { description: 'Why nothing was deleted; empty on success.' })
  errors!: UserError[];
}

@InputType({ description: 'With `id`: changes that canned resolution. Without: a new one.' })
export class SaveCannedResolutionInput {
  @Field(() => ID, { nullable: true, description: 'The canned resolution to change; null: a new one.' })
  id?: string | null;

  @Field({ description: 'At most 120 characters, unique ignoring case.' })
  title!: string;

  @Field({ description: 'At most 2000 characters (a resolution’s limit).' })
  text!: string;
}

@InputType({ description: 'Which canned resolution to delete.' })
export class DeleteCannedResolutionInput {
  @Field(() => ID, { description: 'The canned resolution’s id.' })
  id!: string;
}

@ObjectType({ description: 'What `saveCannedResolution` answers.' })
export class CannedResolutionPayload {
  @Field(() => CannedResolution, { nullable: true, description: 'The canned resolution as saved; null when `errors` is not empty.' })
  cannedResolution?: CannedResolution | null;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  errors!: UserError[];
}
