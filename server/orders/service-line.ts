import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum Offer {
  A_WX = 'A_WX',
  A_SPK = 'A_SPK',
  A_FLEX = 'A_FLEX',
}
registerEnumType(Offer, {
  name: 'Offer',
  description: 'The Webex offer ordered in CCW.',
  valuesConfig: {
    A_FLEX: { description: 'A-FLEX: its Set up now link is valid 7 days.' },
    A_SPK: { description: 'A-SPK.' },
    A_WX: { description: 'A-WX, the Webex Suite (Flex).' },
  },
});

export enum ServiceKind {
  MEETINGS = 'MEETINGS',
  CALLING = 'CALLING',
  MESSAGING = 'MESSAGING',
  WEBINARS = 'WEBINARS',
}
registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: 'A Webex service that can be purchased.',
  valuesConfig: {
    CALLING: { description: 'Webex Calling: service setup asks for calling settings.' },
    MEETINGS: { description: 'Webex Meetings: service setup asks for meeting settings.' },
    MESSAGING: { description: 'Webex Messaging.' },
    WEBINARS: { description: 'Webex Webinars.' },
  },
});

@ObjectType({ description: 'One service purchased, with its quantity.' })
export class ServiceLine {
  @Field(() => ServiceKind, { description: 'The service.' })
  kind!: ServiceKind;

  @Field(() => Int, { description: 'How many licences (1 to 1000000).' })
  quantity!: number;
}
