import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';

/** A link as the reps' console shows it: to whom, when, and whether it still works. Never the token. */
@ObjectType('SetupLinkInfo', { description: 'A Set up now or activation link sent for an order (reps only; never the token).' })
export class SetupLinkInfo {
  @Field(() => ID, { description: 'The link’s id.' })
  id!: string;

  @Field({ description: 'SETUP or ACTIVATION.' })
  kind!: string;

  @Field({ description: 'Where it was sent.' })
  recipientEmail!: string;

  @Field({ description: 'PARTNER (provisioning contact or colleague) or CUSTOMER (customer administrator).' })
  audience!: string;

  @Field(() => DateTimeScalar, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it stops working.' })
  expiresAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was revoked (resend, contact change, hand-over, expiry, cancellation); null while not revoked.',
  })
  revokedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was used (an activation link); null while unused.' })
  usedAt?: Date | null;
}
