// `npm run dev`: the whole product for development in one command.
//   - the server: compiled by `tsc --watch` and restarted by `node --watch` on every change (on PORT,
//     4000 by default, reading .env like `npm start`);
//   - the console (http://localhost:5173/admin/) and the portal (http://localhost:5174/portal/) from
//     Vite's dev servers with hot reload (VITE_CONSOLE_PORT, VITE_PORTAL_PORT), each with its own
//     dependency cache, forwarding every server route to the server (admin/dev-server.ts);
//   - the GraphQL explorer at <server>/graphql, built once if missing (npm run build:web rebuilds it).
// Both URLs are printed once the servers answer. Ctrl-C stops all four; if one of them dies, the others
// are stopped too.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

// Settings from ./.env as the server reads them (the environment wins), so PORT reaches the Vite servers too.
if (process.env.PH_DOTENV !== 'off' && existsSync('.env')) process.loadEnvFile('.env');
const serverPort = process.env.PORT || '4000';
const consolePort = process.env.VITE_CONSOLE_PORT || '5173';
const portalPort = process.env.VITE_PORTAL_PORT || '5174';

const node = process.execPath;
const tsc = 'node_modules/typescript/bin/tsc';
const vite = 'node_modules/vite/bin/vite.js';

// A first build, so that the server starts on compiled code.
const first = spawnSync(node, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (first.status !== 0) process.exit(first.status ?? 1);
// The explorer is served by the server from its build (it changes with the graphiql package only).
if (!existsSync('admin/dist/explorer/index.html')) {
  const explorer = spawnSync(node, [vite, 'build', '--config', 'admin/vite.explorer.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (explorer.status !== 0) process.exit(explorer.status ?? 1);
}

const processes = [
  ['tsc', [tsc, '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput']],
  ['server', ['--watch', '--watch-preserve-output', 'dist/server/main.js']],
  ['console', [vite, '--config', 'admin/vite.admin.config.ts']],
  ['portal', [vite, '--config', 'admin/vite.portal.config.ts']],
];

let stopping = false;
const children = processes.map(([name, args]) => {
  const child = spawn(node, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: serverPort, VITE_CONSOLE_PORT: consolePort, VITE_PORTAL_PORT: portalPort, FORCE_COLOR: '1' },
  });
  const prefix = `[${name}]`.padEnd(10);
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
    });
  }
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${prefix}exited (${signal ?? code}); stopping the others`);
    stop(code ?? 1);
  });
  return child;
});

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  // The server drains and stops its embedded PostgreSQL on SIGTERM; wait for everyone before leaving.
  let running = children.filter((child) => child.exitCode === null && child.signalCode === null).length;
  if (running === 0) process.exit(code);
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    child.once('exit', () => --running === 0 && process.exit(code));
    child.kill('SIGTERM');
  }
}

/** Resolves once something listens on the port (the Vite servers print nothing at logLevel warn). */
function listening(port) {
  return new Promise((resolve) => {
    const attempt = () => {
      if (stopping) return;
      const socket = net.connect(Number(port), 'localhost');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => setTimeout(attempt, 250));
    };
    attempt();
  });
}

void Promise.all([listening(consolePort), listening(portalPort)]).then(() => {
  const server = `http://localhost:${serverPort}`;
  process.stdout.write(
    [
      '',
      'Development servers (hot reload):',
      `  Admin console:  http://localhost:${consolePort}/admin/`,
      `  Partner portal: http://localhost:${portalPort}/portal/`,
      `  Server:         ${server} (GraphQL and its explorer at ${server}/graphql; restarted on change)`,
      '',
    ].join('\n') + '\n',
  );
});

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
