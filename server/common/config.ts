import { MAX_TOKEN_LENGTH } from './tokens.js';

/**
 * Configuration is read from the environment here and only here (every setting: docs/operators.md, "Configuration").
 * Everything else receives a typed, validated `Config`.
 */
export interface Config {
  port: number;
  /** The address to listen on (`HOST`, e.g. 127.0.0.1); unset: every interface. */
  host: string | undefined;
  /** Unset: an embedded PostgreSQL under `dataDir` is started. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Port of the embedded PostgreSQL (loopback only). */
  embeddedPostgresPort: number;
  smtpUrl: string | undefined;
  portalUrl: string;
  intakeApiKey: string | undefined;
  schedulerApiKey: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  repsEmail: string | undefined;
  /** The language of emails to reps (`REPS_LOCALE`, `en` or `it`; default `en`). */
  repsLocale: 'en' | 'it';
  overdueSweepInterval: string;
  /** `OVERDUE_SWEEP_INTERVAL` in milliseconds. */
  overdueSweepIntervalMs: number;
  /** How often due setup links are sent and expired links closed (`SETUP_LINK_SWEEP_INTERVAL`, default 1 minute). */
  setupLinkSweepIntervalMs: number;
  /** Safety-net poll of the email outbox; commits wake the sender at once through LISTEN/NOTIFY. */
  outboxPollIntervalMs: number;
  /** The From address of every email (`EMAIL_FROM`). */
  emailFrom: string;
  /** Attempts before a message that keeps failing temporarily is marked FAILED (`EMAIL_MAX_ATTEMPTS`). */
  emailMaxAttempts: number;
  /**
   * How long after the requested start date (its beginning, in the order's time zone) a setup that
   * was started but is not set up is escalated to the reps as STALLED_SETUP (`STALLED_SETUP_AFTER`, default 3 days).
   */
  stalledSetupAfterMs: number;
  /**
   * An order set up (past step 8) but not provisioned, idle this long since the last act on it, gets a
   * reminder with a fresh link to whoever can finish (`SETUP_REMINDER_AFTER`, default 1 day); idle
   * `STALLED_SETUP_AFTER` and reminded, it is escalated as STALLED_SETUP.
   */
  setupReminderAfterMs: number;
  /**
   * An order a rep resolved as overdue, and that still nobody has started this long after that
   * resolution, is escalated as overdue again (`OVERDUE_AGAIN_AFTER`, default 3 days).
   */
  overdueAgainAfterMs: number;
  /** How far in the past CCW may place (or move) a requested start date (`START_DATE_MAX_PAST`, default 30 days). */
  startDateMaxPastMs: number;
  /** Local hour (0–23) of the requested start date at which the setup email is sent. */
  setupEmailLocalHour: number;
  production: boolean;
  /**
   * GraphiQL at GET /graphql for browsers (`GRAPHQL_EXPLORER=on|off`): on by default outside production, off in
   * production unless set; where it is on, introspection is on too (the explorer reads the schema with it).
   */
  graphqlExplorer: boolean;
  /** `api`, `worker` or `all` (the default: API, jobs and admin console in one process). */
  mode: 'api' | 'worker' | 'all';
  logLevel: string;
  /**
   * Failed attempts allowed per window on `login`, `activateAccount` and `startSetup`, per account
   * (email, or the link) and per client address (`RATE_LIMIT_WINDOW_SECONDS`, `RATE_LIMIT_PER_ACCOUNT`,
   * `RATE_LIMIT_PER_ADDRESS`).
   */
  rateLimit: RateLimitConfig;
  /** `API_RATE_LIMIT_PER_MINUTE`: requests each machine key may send to /graphql per minute, per server process (auth/key-quota.ts). */
  apiRateLimitPerMinute: number;
  /** Browser origins allowed to call the API cross-origin (`CORS_ORIGINS`, comma-separated); empty: same origin only. */
  corsOrigins: string[];
  /**
   * When set (`METRICS_TOKEN`), `GET /metrics` asks for `Authorization: Bearer <token>`; unset: open, in
   * development only (with `NODE_ENV=production` the start refuses without it).
   */
  metricsToken: string | undefined;
  /**
   * Proxies whose `X-Forwarded-For` names the client (`TRUST_PROXY`): Express's trust list, such as
   * `loopback`, `loopback, uniquelocal` or `10.0.0.0/8`; false (`none`) trusts no proxy.
   */
  trustProxy: string | false;
  /** Single sign-on for reps (OpenID Connect); unset (`OIDC_ISSUER` empty): password login only. */
  oidc: OidcConfig | undefined;
  /** Signed webhooks for integrators (docs/integrators.md, "Webhooks"). */
  webhooks: WebhookConfig;
}

export interface WebhookConfig {
  /** `WEBHOOK_TIMEOUT`: how long one delivery may take, connecting included, before it counts as failed (100 ms to 60 s). */
  timeoutMs: number;
  /** `WEBHOOK_MAX_ATTEMPTS`: attempts before a delivery that keeps failing is marked FAILED. */
  maxAttempts: number;
  /**
   * `WEBHOOK_PAUSE_AFTER_FAILURES`: consecutive FAILED deliveries (each given up after `WEBHOOK_MAX_ATTEMPTS`)
   * after which a subscription is paused, its owner and the reps told (1 to 1000, default 3).
   */
  pauseAfterFailures: number;
  /** `WEBHOOK_SECRET_OVERLAP`: after a rotation, how long the previous secret still signs beside the new one (default). */
  secretOverlapMs: number;
  /** `WEBHOOK_POLL_INTERVAL`: the safety-net poll of due deliveries (retries; commits wake the sender at once). */
  pollIntervalMs: number;
  /** `WEBHOOK_PRIVATE_TARGETS`: `refuse` (default) or `allow` targets in loopback, private and link-local ranges. */
  allowPrivateTargets: boolean;
}

function privateTargets(raw: string | undefined): boolean {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'refuse') return false;
  if (value === 'allow') return true;
  throw new ConfigError(`WEBHOOK_PRIVATE_TARGETS must be refuse or allow, got "${raw}"`);
}

function webhookConfig(env: NodeJS.ProcessEnv): WebhookConfig {
  const timeoutMs = parseInterval('WEBHOOK_TIMEOUT', env.WEBHOOK_TIMEOUT || '10 seconds');
  if (timeoutMs > 60_000) throw new ConfigError(`WEBHOOK_TIMEOUT must be at most 60 seconds, got "${env.WEBHOOK_TIMEOUT}"`);
  return {
    timeoutMs,
    maxAttempts: integer('WEBHOOK_MAX_ATTEMPTS', env.WEBHOOK_MAX_ATTEMPTS, 15, 1, 100),
    pauseAfterFailures: integer('WEBHOOK_PAUSE_AFTER_FAILURES', env.WEBHOOK_PAUSE_AFTER_FAILURES, 3, 1, 1000),
    secretOverlapMs: parseInterval('WEBHOOK_SECRET_OVERLAP', env.WEBHOOK_SECRET_OVERLAP || '24 hours'),
    pollIntervalMs: parseInterval('WEBHOOK_POLL_INTERVAL', env.WEBHOOK_POLL_INTERVAL || '10 seconds'),
    allowPrivateTargets: privateTargets(env.WEBHOOK_PRIVATE_TARGETS),
  };
}

export interface RateLimitConfig {
  windowMs: number;
  /** Consecutive failures one address (an IPv6 /64) may have on one account per window. */
  perAccount: number;
  /** Failures one address may have on any accounts per window; past it, only accounts it has signed in to. */
  perAddress: number;
  /** Failures one account may have from all addresses together per window; past it, only its known addresses may try. */
  accountCeiling: number;
  /** "Forgot your password?" emails per account per window (requests from its known addresses are never refused). */
  resetEmailsPerAccount: number;
}

export class ConfigError extends Error {}

// --- Single sign-on (OpenID Connect) for reps -------------------------------------------------
/** Reps sign in to the console through an OpenID provider: authorization code with PKCE. */
export interface OidcConfig {
  /** `OIDC_ISSUER`: the provider's issuer URL (its discovery document is under `/.well-known/openid-configuration`). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** `OIDC_REDIRECT_URL`: this server's callback, registered at the provider; default `<PORTAL_URL origin>/auth/oidc/callback`. */
  redirectUrl: string;
  /** `OIDC_SCOPES`, space-separated; `openid` is always asked for. */
  scopes: string;
  /** `OIDC_GROUPS_CLAIM`: the claim listing the person's groups (an array or a space/comma-separated string). */
  groupsClaim: string;
  /** `OIDC_GROUP_ROLES` (`group=ROLE,…`): which group gives which rep role to a rep created on first login. */
  groupRoles: Map<string, 'REP' | 'ADMIN'>;
}

function oidcConfig(env: NodeJS.ProcessEnv, portalUrl: string, production: boolean): OidcConfig | undefined {
  const issuer = url('OIDC_ISSUER', env.OIDC_ISSUER?.trim(), production ? ['https:'] : ['https:', 'http:']);
  if (!issuer) return undefined;
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET;
  if (!clientId || !clientSecret) throw new ConfigError('OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET');
  const redirectUrl = url('OIDC_REDIRECT_URL', env.OIDC_REDIRECT_URL?.trim(), ['https:', 'http:']) ?? `${new URL(portalUrl).origin}/auth/oidc/callback`;
  const groupRoles = new Map<string, 'REP' | 'ADMIN'>();
  for (const entry of (env.OIDC_GROUP_ROLES ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const match = /^(.+)=(REP|ADMIN)$/.exec(entry);
    if (!match) throw new ConfigError(`OIDC_GROUP_ROLES must list group=REP or group=ADMIN, comma-separated, got "${entry}"`);
    groupRoles.set(match[1].trim(), match[2] as 'REP' | 'ADMIN');
  }
  if (groupRoles.size === 0) throw new ConfigError('OIDC_ISSUER needs OIDC_GROUP_ROLES (e.g. "console-reps=REP,console-admins=ADMIN")');
  const scopes = new Set(['openid', ...(env.OIDC_SCOPES?.trim() || 'openid email profile').split(/\s+/)]);
  return { issuer, clientId, clientSecret, redirectUrl, scopes: [...scopes].join(' '), groupsClaim: env.OIDC_GROUPS_CLAIM?.trim() || 'groups', groupRoles };
}
// --- end of single sign-on ----------------------------------------------------------------------

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function url(name: string, raw: string | undefined, protocols: string[]): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}`);
  }
  return raw;
}

const PROXY_PRESETS = new Set(['loopback', 'linklocal', 'uniquelocal']);

function trustProxy(raw: string | undefined): string | false {
  const text = raw?.trim() || 'none';
  if (text === 'none') return false;
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (!PROXY_PRESETS.has(entry) && !/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(entry)) {
      throw new ConfigError(`TRUST_PROXY must be none, or list loopback, linklocal, uniquelocal or addresses (CIDR), got "${entry}"`);
    }
  }
  return entries.join(', ');
}

function origins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry) => {
    const text = entry.trim();
    let parsed: URL;
    try {
      parsed = new URL(text);
    } catch {
      throw new ConfigError(`CORS_ORIGINS must list origins such as https://portal.example.com, got "${text}"`);
    }
    if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.origin !== text.replace(/\/$/, '')) {
      throw new ConfigError(`CORS_ORIGINS must list origins (scheme://host[:port], no path), got "${text}"`);
    }
    return parsed.origin;
  });
}

const INTERVAL_UNITS: Record<string, number> = {
  ms: 1,
  millisecond: 1,
  second: 1000,
  sec: 1000,
  s: 1000,
  minute: 60_000,
  min: 60_000,
  m: 60_000,
  hour: 3_600_000,
  h: 3_600_000,
  day: 86_400_000,
  d: 86_400_000,
};

/** `5 minutes`, `30 seconds`, `1 hour`, `500 ms`, or a bare number of milliseconds. */
export function parseInterval(name: string, raw: string, maxDays = 7): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(raw);
  const word = match?.[2].toLowerCase() ?? '';
  const unit = word === '' ? 1 : (INTERVAL_UNITS[word] ?? INTERVAL_UNITS[word.replace(/s$/, '')]);
  const value = match && unit ? Number(match[1]) * unit : NaN;
  if (!Number.isFinite(value) || value < 100 || value > maxDays * 86_400_000) {
    throw new ConfigError(`${name} must be an interval such as "5 minutes" or "30 seconds" (between 100 ms and ${maxDays} days), got "${raw}"`);
  }
  return Math.round(value);
}

/**
 * A secret a client sends as `Authorization: Bearer <value>`: any format the operator's secret store
 * uses, 16 to 200 visible ASCII characters (a header cannot carry spaces or other characters intact).
 * Surrounding whitespace, such as the newline of a secret file, is not part of it.
 */
function secret(name: string, raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (value === undefined || value === '') return undefined;
  if (value.length < 16 || value.length > MAX_TOKEN_LENGTH)
    throw new ConfigError(`${name} must be 16 to ${MAX_TOKEN_LENGTH} characters long, got ${value.length}`);
  if (!/^[\x21-\x7e]+$/.test(value)) {
    throw new ConfigError(
      `${name} may contain only visible ASCII characters (letters, digits and punctuation, no spaces): it travels in an Authorization header`,
    );
  }
  return value;
}

function onOff(name: string, raw: string | undefined, fallback: boolean): boolean {
  const value = raw?.trim().toLowerCase();
  if (!value) return fallback;
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new ConfigError(`${name} must be on or off, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer('PORT', env.PORT, 4000, 0, 65535);
  const mode = env.PH_MODE ?? 'all';
  if (mode !== 'api' && mode !== 'worker' && mode !== 'all') {
    throw new ConfigError(`PH_MODE must be api, worker or all, got "${mode}"`);
  }
  const adminEmail = env.ADMIN_EMAIL?.trim().toLowerCase() || undefined;
  const overdueSweepInterval = env.OVERDUE_SWEEP_INTERVAL || '5 minutes';
  const portalUrl = (url('PORTAL_URL', env.PORTAL_URL, ['http:', 'https:']) ?? `http://localhost:${port}/portal`).replace(/\/$/, '');
  const emailFrom = env.EMAIL_FROM?.trim() || `Provisioning Hub <no-reply@${new URL(portalUrl).hostname}>`;
  if (!/^[^<>@\s]+@[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+>$/.test(emailFrom)) {
    throw new ConfigError(`EMAIL_FROM must be an address such as "Provisioning Hub <no-reply@example.com>", got "${emailFrom}"`);
  }
  const intakeApiKey = secret('INTAKE_API_KEY', env.INTAKE_API_KEY);
  const schedulerApiKey = secret('SCHEDULER_API_KEY', env.SCHEDULER_API_KEY);
  if (intakeApiKey && intakeApiKey === schedulerApiKey) {
    throw new ConfigError('INTAKE_API_KEY and SCHEDULER_API_KEY must differ: each key has its own scope');
  }
  const config: Config = {
    port,
    host: env.HOST?.trim() || undefined,
    databaseUrl: url('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:']),
    dataDir: env.PH_DATA_DIR || '.data',
    embeddedPostgresPort: integer('PH_EMBEDDED_PG_PORT', env.PH_EMBEDDED_PG_PORT, 54329, 1, 65535),
    smtpUrl: url('SMTP_URL', env.SMTP_URL, ['smtp:', 'smtps:']),
    portalUrl,
    intakeApiKey,
    schedulerApiKey,
    adminEmail,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    repsEmail: env.REPS_EMAIL?.trim().toLowerCase() || adminEmail,
    repsLocale: ((l) =>
      l === 'en' || l === 'it'
        ? l
        : (() => {
            throw new ConfigError(`REPS_LOCALE must be en or it, got "${l}"`);
          })())(env.REPS_LOCALE?.trim().toLowerCase() || 'en'),
    overdueSweepInterval,
    overdueSweepIntervalMs: parseInterval('OVERDUE_SWEEP_INTERVAL', overdueSweepInterval),
    setupLinkSweepIntervalMs: parseInterval('SETUP_LINK_SWEEP_INTERVAL', env.SETUP_LINK_SWEEP_INTERVAL || '1 minute'),
    outboxPollIntervalMs: parseInterval('OUTBOX_POLL_INTERVAL', env.OUTBOX_POLL_INTERVAL || '10 seconds'),
    emailFrom,
    emailMaxAttempts: integer('EMAIL_MAX_ATTEMPTS', env.EMAIL_MAX_ATTEMPTS, 15, 1, 100),
    stalledSetupAfterMs: parseInterval('STALLED_SETUP_AFTER', env.STALLED_SETUP_AFTER || '3 days'),
    setupReminderAfterMs: parseInterval('SETUP_REMINDER_AFTER', env.SETUP_REMINDER_AFTER || '1 day'),
    overdueAgainAfterMs: parseInterval('OVERDUE_AGAIN_AFTER', env.OVERDUE_AGAIN_AFTER || '3 days'),
    startDateMaxPastMs: parseInterval('START_DATE_MAX_PAST', env.START_DATE_MAX_PAST || '30 days', 3650),
    setupEmailLocalHour: integer('SETUP_EMAIL_LOCAL_HOUR', env.SETUP_EMAIL_LOCAL_HOUR, 0, 0, 23),
    production: env.NODE_ENV === 'production',
    graphqlExplorer: onOff('GRAPHQL_EXPLORER', env.GRAPHQL_EXPLORER, env.NODE_ENV !== 'production'),
    mode,
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    rateLimit: {
      windowMs: integer('RATE_LIMIT_WINDOW_SECONDS', env.RATE_LIMIT_WINDOW_SECONDS, 15 * 60, 1, 86_400) * 1000,
      perAccount: integer('RATE_LIMIT_PER_ACCOUNT', env.RATE_LIMIT_PER_ACCOUNT, 10, 1, 1_000_000),
      perAddress: integer('RATE_LIMIT_PER_ADDRESS', env.RATE_LIMIT_PER_ADDRESS, 50, 1, 1_000_000),
      accountCeiling: integer('RATE_LIMIT_ACCOUNT_CEILING', env.RATE_LIMIT_ACCOUNT_CEILING, 20, 1, 1_000_000),
      resetEmailsPerAccount: integer('RATE_LIMIT_RESET_EMAILS_PER_ACCOUNT', env.RATE_LIMIT_RESET_EMAILS_PER_ACCOUNT, 3, 1, 1_000),
    },
    apiRateLimitPerMinute: integer('API_RATE_LIMIT_PER_MINUTE', env.API_RATE_LIMIT_PER_MINUTE, 600, 1, 1_000_000_000),
    corsOrigins: origins(env.CORS_ORIGINS),
    metricsToken: secret('METRICS_TOKEN', env.METRICS_TOKEN),
    trustProxy: trustProxy(env.TRUST_PROXY),
    oidc: oidcConfig(env, portalUrl, env.NODE_ENV === 'production'),
    webhooks: webhookConfig(env),
  };
  // Production never serves /metrics open (README, "Security rules", 8): the start refuses without a token.
  if (config.production && !config.metricsToken) {
    throw new ConfigError(
      'METRICS_TOKEN is required with NODE_ENV=production (16 to 200 visible ASCII characters): /metrics then asks for it as a bearer token',
    );
  }
  return config;
}
