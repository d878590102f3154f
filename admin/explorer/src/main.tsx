// The GraphQL explorer served at GET /graphql to a browser (server/http/app.ts): GraphiQL from its npm
// package, bundled by Vite with everything it loads (Monaco's web workers included), so it works with no
// internet access and under the pages' CSP (script-src 'self', worker-src 'self').
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './explorer.css';

/** POST JSON to this server's /graphql, with the headers typed in GraphiQL's Headers tab (e.g. Authorization). */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  for (const [name, value] of Object.entries(options?.headers ?? {})) if (typeof value === 'string') headers[name] = value;
  const response = await fetch(new URL('/graphql', window.location.href), { method: 'POST', headers, body: JSON.stringify(params) });
  return response.json();
};

const DEFAULT_QUERY = `# Provisioning Hub's GraphQL API (docs/integrators.md in the repository).
# Credentials go in the Headers tab below: { "Authorization": "Bearer <token>" }
{
  __typename
}
`;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
