import type { TypedDocumentString } from './generated/graphql';

/**
 * The portal's only way to the server: one GraphQL operation per call, over the contract in
 * docs/integrators.md. User mistakes come back inside payloads (`errors: [UserError!]!`); what this
 * throws is a request-level failure (network down, UNAUTHENTICATED, INTERNAL_SERVER_ERROR).
 */
export class RequestFailed extends Error {
  constructor(
    message: string,
    /** `extensions.code` of the GraphQL error, or NETWORK when the server could not be reached. */
    readonly code: string,
  ) {
    super(message);
  }
}

/** One generated operation (./generated, from schema/schema.graphql by `npm run codegen`), typed by its document. */
export async function request<T, V>(document: TypedDocumentString<T, V>, variables: V, token?: string | null): Promise<T> {
  const query = document.toString();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new RequestFailed('The server could not be reached', 'NETWORK');
  }
  let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new RequestFailed(`Unexpected answer (HTTP ${response.status})`, 'NETWORK');
  }
  const error = body.errors?.[0];
  if (error) throw new RequestFailed(error.message, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!body.data) throw new RequestFailed('Empty answer', 'INTERNAL_SERVER_ERROR');
  return body.data;
}
