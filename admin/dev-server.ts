/**
 * What `npm run dev`'s Vite servers (the console's and the portal's) share: every route of the API server
 * is forwarded to it — GraphQL and its explorer, the console's CSV downloads and single sign-on, the
 * health and metrics endpoints — so a page served by Vite behaves as one served by the server itself.
 * The server is at PORT (from .env: scripts/dev.mjs reads it as the server does), 4000 by default.
 */
export const SERVER_ROUTES = ['/graphql', '/explorer/', '/export/', '/auth/', '/healthz', '/readyz', '/metrics'] as const;

export function serverTarget(env: Record<string, string | undefined> = process.env): string {
  return env.PH_DEV_SERVER_URL || `http://localhost:${env.PORT || '4000'}`;
}

export function serverProxy(env: Record<string, string | undefined> = process.env): Record<string, { target: string }> {
  const target = serverTarget(env);
  return Object.fromEntries(SERVER_ROUTES.map((route) => [route, { target }]));
}

/** The dev servers' ports: VITE_CONSOLE_PORT and VITE_PORTAL_PORT, else 5173 and 5174. */
export function devPort(app: 'console' | 'portal', env: Record<string, string | undefined> = process.env): number {
  const raw = app === 'console' ? env.VITE_CONSOLE_PORT : env.VITE_PORTAL_PORT;
  return raw ? Number(raw) : app === 'console' ? 5173 : 5174;
}
