/**
 * The folder rule of server/ (issue 24): imports point one way, from a higher layer to a lower one,
 * type imports included (`tsPreCompilationDeps: true`). `npm run lint:layers` runs it inside `npm run lint`.
 *
 * The layers, lowest first. A file may import its own layer and any lower one; an import of a higher
 * layer is refused unless an exception below names it and says why. Where two domain folders need each
 * other, the lower one publishes an event or takes an interface (orders/ publishes `OrderTransitioned`,
 * to which setup/ and escalations/ subscribe; the amendments take `OverdueEscalations`).
 */
const RESOLVERS = '\\.resolver\\.ts$';
const ROUTES = '\\.routes\\.ts$';
/** The ORM's model: the entity list, the loaders and the ORM itself know every entity, so they sit above the domain folders. */
const DB_MODEL = '^server/db/(entities|loaders|orm|mikro-orm\\.config)\\.ts$';

const LAYERS = [
  // Config, clock, errors, validation, tokens, the in-transaction scope, paging primitives.
  { name: 'common', path: '^server/common/' },
  // Prepared statements, plain rows, migrations and the constraint → user error table, the start-up lock.
  { name: 'db', path: '^server/db/', pathNot: DB_MODEL },
  { name: 'observability', path: '^server/observability/' },
  // The audit trail: every change writes it.
  { name: 'audit', path: '^server/audit/' },
  // The domain folders, lowest first. Their resolvers belong to the graphql layer, their routes to http.
  { name: 'organizations', path: '^server/organizations/' },
  // The order and its state machine: the others follow it through OrderTransitioned.
  { name: 'orders', path: '^server/orders/' },
  // Outgoing email: templates and the outbox, queued by the aggregates above.
  { name: 'outbox', path: '^server/outbox/' },
  { name: 'setup', path: '^server/setup/' },
  { name: 'subscriptions', path: '^server/subscriptions/' },
  { name: 'escalations', path: '^server/escalations/' },
  // The account flows (login, activation, reset, console reps, single sign-on) use orders and setup links.
  { name: 'auth', path: '^server/auth/' },
  { name: 'webhooks', path: '^server/webhooks/' },
  { name: 'workspace', path: '^server/workspace/' },
  { name: 'dashboard', path: '^server/dashboard/' },
  { name: 'db-model', path: DB_MODEL },
  // The services' wiring (server/services.ts): every service, and who subscribes to OrderTransitioned.
  { name: 'services', path: '^server/services\\.ts$' },
  // Schema assembly, context, execution, the SQL reads, and every folder's resolvers.
  { name: 'graphql', path: ['^server/graphql/', RESOLVERS] },
  { name: 'demo', path: '^server/demo/' },
  { name: 'jobs', path: '^server/jobs/' },
  // The HTTP server and every folder's routes.
  { name: 'http', path: ['^server/http/', ROUTES] },
  // Start-up: runtime.ts, main.ts; the command-line tools.
  { name: 'runtime', path: ['^server/(runtime|main)\\.ts$', '^server/tools/'] },
];

/** The GraphQL building blocks that entities and payload types carry (type-graphql decorators): below every domain folder in effect. */
const GRAPHQL_KIT = '^server/graphql/(scalars|access|user-error|connection|offset-page|payload)\\.ts$';

/**
 * Declared exceptions: `from` a layer (or '*'), to files of a higher one, and why. Each is debt to pay
 * down by an event, an interface or a move, unless the reason says it is by design.
 */
const EXCEPTIONS = [
  {
    from: '*',
    to: GRAPHQL_KIT,
    why: 'by design: entities and payload types are type-graphql classes; they carry the scalars, @Allow, UserError and the page/connection shapes (the GraphQL face of the domain, not the schema assembly)',
  },
  {
    from: '*',
    to: '^server/auth/(viewer|rep\\.entity|api-key\\.entity|passwords|rate-limiter|guarded-request)\\.ts$',
    why: 'who is asking (the viewer, API key scopes), the rep entity (assignees, note authors) and the password and rate-limit primitives are used by every layer; to pay down: move them to a lower identity folder, leaving the account flows in auth/',
  },
  {
    from: 'common',
    to: '^server/db/loaders\\.ts$',
    why: 'by design: the request context carries the request’s batch loaders (created with it)',
  },
  {
    from: 'observability',
    to: '^server/jobs/job-names\\.ts$',
    why: 'by design: the job names are the bounded label values of the job metrics (the list is a constant, no job code)',
  },
  {
    from: 'orders',
    to: '^server/(setup/(setup-enums|setup-link\\.service)|subscriptions/subscription\\.entity)\\.ts$',
    why: 'the intake, the console’s order actions and the amendments issue Set up now links (SetupLinkService) and read the order’s subscription; to pay down: a link-issuing interface owned by orders/, as OverdueEscalations is',
  },
  {
    from: 'setup',
    to: '^server/subscriptions/subscription\\.entity\\.ts$',
    why: 'step 8 creates the subscription and the service-setup steps answer it in their payload; to pay down: the subscription created by a subscriptions/ subscriber of the setup’s completion',
  },
];

const asList = (path) => (Array.isArray(path) ? path : [path]);
/** A folder's resolvers and routes are not in its folder's layer. */
const movedUp = (layer) => [RESOLVERS, ROUTES].filter((p) => !asList(layer.path).includes(p));

const rules = LAYERS.slice(0, -1).map((lower, i) => {
  const higher = LAYERS.slice(i + 1);
  return {
    name: `layer-${lower.name}`,
    severity: 'error',
    comment: `${lower.name} may not import a higher layer (${higher.map((l) => l.name).join(', ')}) except the declared exceptions`,
    from: { path: asList(lower.path), pathNot: [...asList(lower.pathNot ?? []), ...movedUp(lower)] },
    to: {
      path: higher.flatMap((l) => asList(l.path)),
      pathNot: [...EXCEPTIONS.filter((e) => e.from === '*' || e.from === lower.name).map((e) => e.to)],
    },
  };
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: rules,
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^server/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
