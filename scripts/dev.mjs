// `npm run dev`: the whole product for development in one command.
//   - the server: compiled by `tsc --watch` and restarted by `node --watch` on every change (on :4000,
//     reading .env like `npm start`);
//   - the console (http://localhost:5173/admin/) and the portal (http://localhost:5174/portal/) from
//     Vite's dev servers with hot reload, forwarding /graphql to the server.
// Ctrl-C stops all four; if one of them dies, the others are stopped too.
import { spawn, spawnSync } from 'node:child_process';

const node = process.execPath;
const tsc = 'node_modules/typescript/bin/tsc';
const vite = 'node_modules/vite/bin/vite.js';

// A first build, so that the server starts on compiled code.
const first = spawnSync(node, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (first.status !== 0) process.exit(first.status ?? 1);

const processes = [
  ['tsc', [tsc, '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput']],
  ['server', ['--watch', '--watch-preserve-output', 'dist/server/main.js']],
  ['console', [vite, '--config', 'admin/vite.admin.config.ts', '--port', '5173', '--strictPort']],
  ['portal', [vite, '--config', 'admin/vite.portal.config.ts', '--port', '5174', '--strictPort']],
];

let stopping = false;
const children = processes.map(([name, args]) => {
  const child = spawn(node, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '1' } });
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

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
