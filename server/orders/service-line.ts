import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum Offer {
  A_WX = 'A_WX',
  A_SPK = 'A_SPK',
  A_FLEX = 'A_FLEX',
}
registerEnumType(Offer, { name: 'Offer' });

export enum ServiceKind {
  MEETINGS = 'MEETINGS',
  CALLING = 'CALLING',
  MESSAGING = 'MESSAGING',
  WEBINARS = 'WEBINARS',
}
registerEnumType(ServiceKind, { name: 'ServiceKind' });

@ObjectType()
export class ServiceLine {
  @Field(() => ServiceKind)
  kind!: ServiceKind;

  @Field(() => Int)
  quantity!: number;
}
