// Builds the browser apps into admin/dist/{admin,portal,explorer} (explorer: GraphiQL, served at GET /graphql). Until a Vite app exists for one of them,
// a placeholder page is written so the server has something to serve.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

for (const app of ['admin', 'portal', 'explorer']) {
  const config = `admin/vite.${app}.config.ts`;
  if (existsSync(config)) {
    execSync(`npx vite build --config ${config}`, { stdio: 'inherit' });
  } else {
    mkdirSync(`admin/dist/${app}`, { recursive: true });
    writeFileSync(`admin/dist/${app}/index.html`, `<!doctype html><title>Provisioning Hub</title><p>The ${app} app is not built yet.</p>\n`);
  }
}
