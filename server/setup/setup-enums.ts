import { registerEnumType } from 'type-graphql';

export enum SetupRole {
  PARTNER = 'PARTNER',
  CUSTOMER = 'CUSTOMER',
}
registerEnumType(SetupRole, { name: 'SetupRole' });

export enum SetupOwner {
  SELF = 'SELF',
  COLLEAGUE = 'COLLEAGUE',
  CUSTOMER = 'CUSTOMER',
}
registerEnumType(SetupOwner, { name: 'SetupOwner' });

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
registerEnumType(SetupStep, { name: 'SetupStep' });

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
