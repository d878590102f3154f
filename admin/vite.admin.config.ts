import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { devPort, serverProxy } from './dev-server.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The reps' console: served by the API at /admin/ (server/http/app.ts), built by `npm run build:web`. */
export default defineConfig({
  root: here('./console'),
  base: '/admin/',
  plugins: [react()],
  // Apollo Client's development checks and messages out of the production bundle.
  define: { 'globalThis.__DEV__': JSON.stringify(false) },
  logLevel: 'warn',
  build: {
    outDir: here('./dist/admin'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    sourcemap: false,
  },
  // A cache of its own: two Vite servers on one optimize cache serve each other's outdated dependencies (504).
  cacheDir: here('../node_modules/.vite/admin'),
  server: {
    port: devPort('console'),
    strictPort: true,
    // Every route of the API server (admin/dev-server.ts), at PORT.
    proxy: serverProxy(),
  },
});
