import { registerEnumType } from 'type-graphql';

export enum SetupRole {
  PARTNER = 'PARTNER',
  CUSTOMER = 'CUSTOMER',
}
registerEnumType(SetupRole, {
  name: 'SetupRole',
  description: 'Who walks the wizard, chosen at CHOOSE_ROLE.',
  valuesConfig: {
    CUSTOMER: { description: 'The customer’s administrator, on a link handed over to the customer.' },
    PARTNER: { description: 'The partner’s provisioning contact, or a colleague it was handed to.' },
  },
});

export enum SetupOwner {
  SELF = 'SELF',
  COLLEAGUE = 'COLLEAGUE',
  CUSTOMER = 'CUSTOMER',
}
registerEnumType(SetupOwner, {
  name: 'SetupOwner',
  description: 'Who sets an order up, chosen at CHOOSE_SETUP_OWNER.',
  valuesConfig: {
    COLLEAGUE: { description: 'A colleague at the partner: the order is handed over to the email given.' },
    CUSTOMER: { description: 'The customer’s administrator: the order is handed over, and the customer sets up its own organization.' },
    SELF: { description: 'The person walking the wizard goes on now.' },
  },
});

export enum SetupStep {
  CHOOSE_ROLE = 'CHOOSE_ROLE',
  CHOOSE_SETUP_OWNER = 'CHOOSE_SETUP_OWNER',
  CREATE_PARTNER_ORGANIZATION = 'CREATE_PARTNER_ORGANIZATION',
  REVIEW_PARTNER_ORGANIZATION = 'REVIEW_PARTNER_ORGANIZATION',
  CUSTOMER_ADMINISTRATOR = 'CUSTOMER_ADMINISTRATOR',
  CONFIRM_CUSTOMER_ORGANIZATION = 'CONFIRM_CUSTOMER_ORGANIZATION',
  VERIFY_CUSTOMER_ORGANIZATION = 'VERIFY_CUSTOMER_ORGANIZATION',
  REVIEW_ORDER = 'REVIEW_ORDER',
  SET_PASSWORD = 'SET_PASSWORD',
  SERVICE_SETUP = 'SERVICE_SETUP',
  DONE = 'DONE',
  ON_HOLD = 'ON_HOLD',
  HANDED_OVER = 'HANDED_OVER',
}
registerEnumType(SetupStep, {
  name: 'SetupStep',
  description: 'A step of the Set up now wizard; docs/integrators.md shows the order they come in.',
  valuesConfig: {
    CHOOSE_ROLE: { description: 'Say whether you are the partner or the customer.' },
    CHOOSE_SETUP_OWNER: { description: 'Go on yourself, or hand over to a colleague or the customer.' },
    CONFIRM_CUSTOMER_ORGANIZATION: { description: 'Pick the customer organization among the candidates, or describe a new one.' },
    CREATE_PARTNER_ORGANIZATION: { description: 'Describe the partner organization (the partner’s first order).' },
    CUSTOMER_ADMINISTRATOR: { description: 'Name the customer administrator.' },
    DONE: { description: 'The subscription is provisioned: nothing left to do.' },
    HANDED_OVER: { description: 'The order was handed over: this session has ended.' },
    ON_HOLD: { description: 'An organization was not recognized: the order waits for a rep.' },
    REVIEW_ORDER: { description: 'Review the order, then confirm it (step 8, `completeOrderSetup`).' },
    REVIEW_PARTNER_ORGANIZATION: { description: 'Confirm the existing partner organization.' },
    SERVICE_SETUP: { description: 'Save the service settings, then provision.' },
    SET_PASSWORD: { description: 'Set the password of the organization created now.' },
    VERIFY_CUSTOMER_ORGANIZATION: { description: 'Confirm the customer organization the administrator already belongs to.' },
  },
});

/** Who a link was issued to, which decides the role the wizard accepts. */
export enum LinkAudience {
  /** The provisioning contact, or a colleague it was handed to: role PARTNER only. */
  PARTNER = 'PARTNER',
  /** The customer administrator after a CUSTOMER hand-over: role CUSTOMER only. */
  CUSTOMER = 'CUSTOMER',
}

export enum LinkKind {
  /** "Set up now": `<PORTAL_URL>/setup?token=…` */
  SETUP = 'SETUP',
  /** Account activation for a customer administrator created by a partner: `/activate?token=…` */
  ACTIVATION = 'ACTIVATION',
}
