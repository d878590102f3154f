import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PageType } from '../graphql/offset-page.js';
import { UserError } from '../graphql/user-error.js';
import { Rep, RepRole } from './rep.entity.js';

export enum RepSortField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(RepSortField, { name: 'RepSortField' });

@InputType()
export class RepSearchFilter {
  @Field(() => String, { nullable: true, description: 'Name or email contains.' })
  q?: string | null;

  @Field(() => RepRole, { nullable: true })
  role?: RepRole | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => [ID], { nullable: true })
  ids?: string[] | null;
}

@InputType()
export class CreateRepInput {
  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => RepRole, { nullable: true, defaultValue: RepRole.REP })
  role?: RepRole | null;

  @Field({ description: 'The first password; the rep should change it.' })
  password!: string;
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdateRepInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => RepRole, { nullable: true })
  role?: RepRole | null;

  @Field(() => Boolean, { nullable: true, description: 'false: the rep can no longer log in; their sessions end at once.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A new password.' })
  password?: string | null;
}

@ObjectType()
export class RepPayload {
  @Field(() => Rep, { nullable: true })
  rep?: Rep | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

export const RepPage = PageType('Rep', Rep);
