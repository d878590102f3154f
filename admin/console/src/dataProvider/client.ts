import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { createSessionStore } from '../../../shared/session';

export interface RepIdentity {
  id: string;
  email: string;
  name: string;
  kind: 'REP' | 'ADMIN';
  /** Signed in through single sign-on: logout ends the provider's session too. */
  sso?: boolean;
}

/** The rep's login, in this tab only (sessionStorage). */
export const session = createSessionStore<RepIdentity>('provisioning-hub.console.session');

const authentication = new ApolloLink((operation, forward) => {
  const token = session.get()?.token;
  if (token) operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, authorization: `Bearer ${token}` } }));
  return forward(operation);
});

/**
 * GraphQL over HTTP to this server. react-admin keeps its own cache (react-query), so Apollo's
 * is bypassed ("no-cache"); it would also fold every object typed `Subscription` into the root
 * subscription type, which this schema does not have.
 */
export const client = new ApolloClient({
  link: ApolloLink.from([authentication, new HttpLink({ uri: `${window.location.origin}/graphql` })]),
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    mutate: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    watchQuery: { fetchPolicy: 'no-cache' },
  },
});
