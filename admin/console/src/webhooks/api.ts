import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { UserErrorLike } from '../../../shared/user-errors';
import type { OrderEventType } from '../generated/graphql';
import { client } from '../dataProvider/client';
import { userErrorsToHttpError } from '../dataProvider';

/**
 * One webhook mutation: its payload, or an HttpError whose `message` is for a notification and whose
 * `body.errors` names the form's fields (as the console's other forms get them).
 */
export async function runWebhookMutation<T extends { errors: UserErrorLike[] }>(
  mutation: TypedDocumentNode<any, any>,
  input: Record<string, unknown>,
  formFields?: readonly string[],
): Promise<T> {
  const { data } = await client.mutate({ mutation, variables: { input } });
  const payload = Object.values(data as Record<string, T>)[0];
  if (payload.errors.length) throw userErrorsToHttpError(payload.errors, formFields);
  return payload;
}

/**
 * Every event a webhook may subscribe to, in the order the form lists them. A record over the schema's enum, so
 * an event type added to the API does not compile here until the form offers it (the form once lacked three).
 */
const EVENT_TYPE_LIST: Record<OrderEventType, true> = {
  ORDER_PLACED: true,
  ORDER_STATUS_CHANGED: true,
  ORDER_AMENDED: true,
  CONTACT_CHANGED: true,
  SUBSCRIPTION_ACTIVATED: true,
  SUBSCRIPTION_CHANGED: true,
  ESCALATION_OPENED: true,
  ESCALATION_RESOLVED: true,
};

export const EVENT_TYPES = Object.keys(EVENT_TYPE_LIST) as OrderEventType[];
