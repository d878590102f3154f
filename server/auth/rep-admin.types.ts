import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PageType } from '../graphql/offset-page.js';
import { UserError } from '../graphql/user-error.js';
import { Rep, RepRole } from './rep.entity.js';

export enum RepSortField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(RepSortField, {
  name: 'RepSortField',
  description: 'The columns the rep search can be sorted on (the id breaks ties).',
  valuesConfig: { CREATED_AT: { description: 'When the account was created.' }, EMAIL: { description: 'Email.' }, NAME: { description: 'Name.' } },
});

@InputType({ description: 'The console’s rep search; all given conditions apply together.' })
export class RepSearchFilter {
  @Field(() => String, { nullable: true, description: 'Name or email contains.' })
  q?: string | null;

  @Field(() => RepRole, { nullable: true, description: 'Only reps with this role.' })
  role?: RepRole | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only reps who may log in; false: only deactivated ones.' })
  active?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Only these reps.' })
  ids?: string[] | null;
}

@InputType({ description: 'A new rep account (admin reps only).' })
export class CreateRepInput {
  @Field({ description: 'The rep’s email, used to log in; not already used by another account.' })
  email!: string;

  @Field({ description: 'The rep’s full name.' })
  name!: string;

  @Field(() => RepRole, { nullable: true, defaultValue: RepRole.REP, description: 'REP, or ADMIN to also manage reps and webhook subscriptions.' })
  role?: RepRole | null;

  @Field({ description: 'The first password; the rep should change it.' })
  password!: string;
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdateRepInput {
  @Field(() => ID, { description: 'The rep.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The full name.' })
  name?: string | null;

  @Field(() => RepRole, { nullable: true, description: 'REP or ADMIN.' })
  role?: RepRole | null;

  @Field(() => Boolean, { nullable: true, description: 'false: the rep can no longer log in; their sessions end at once.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A new password.' })
  password?: string | null;
}

@ObjectType({ description: 'The result of a change to a rep.' })
export class RepPayload {
  @Field(() => Rep, { nullable: true, description: 'The rep as it is now; null when `errors` is not empty.' })
  rep?: Rep | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  errors!: UserError[];
}

export const RepPage = PageType('Rep', Rep);
