import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => decodeURIComponent(new URL(path, import.meta.url).pathname);

/**
 * The GraphQL explorer (GraphiQL), served by the API server at GET /graphql to browsers, its files under
 * /explorer/ (server/http/app.ts). Monaco's web workers are bundled as files of their own (`?worker`
 * imports in graphiql/setup-workers/vite), so the page needs no CDN and no blob: URL.
 */
export default defineConfig({
  base: '/explorer/',
  root: here('./explorer/'),
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: here('./dist/explorer/'),
    emptyOutDir: true,
    // GraphiQL with the Monaco editor and its language workers: a few MB, loaded only by the explorer.
    chunkSizeWarningLimit: 6000,
  },
  // A cache of its own: Vite servers sharing one optimize cache serve each other's outdated dependencies.
  cacheDir: here('../node_modules/.vite/explorer'),
});
