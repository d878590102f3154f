import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';

/** A link as the reps' console shows it: to whom, when, and whether it still works. Never the token. */
@ObjectType('SetupLinkInfo', { description: 'A Set up now or activation link sent for an order (reps only; never the token).' })
export class SetupLinkInfo {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'SETUP or ACTIVATION.' })
  kind!: string;

  @Field()
  recipientEmail!: string;

  @Field({ description: 'PARTNER (provisioning contact or colleague) or CUSTOMER (customer administrator).' })
  audience!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  usedAt?: Date | null;
}
