import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { UserErrorLike } from '../../../shared/user-errors';
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

export const EVENT_TYPES = ['ORDER_STATUS_CHANGED', 'SUBSCRIPTION_ACTIVATED', 'ESCALATION_OPENED', 'ESCALATION_RESOLVED', 'ORDER_AMENDED'] as const;
