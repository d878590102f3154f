import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { devPort, serverProxy } from './dev-server.ts';

const here = (path: string) => decodeURIComponent(new URL(path, import.meta.url).pathname);

/** The reference partner portal, served by the API server at /portal/ (server/http/app.ts). */
export default defineConfig({
  base: '/portal/',
  root: here('./portal/'),
  plugins: [react()],
  build: {
    outDir: here('./dist/portal/'),
    emptyOutDir: true,
    // React, React DOM and the MUI components in use are ≈ 565 kB minified (≈ 170 kB gzip) in one chunk.
    chunkSizeWarningLimit: 700,
  },
  // A cache of its own: two Vite servers on one optimize cache serve each other's outdated dependencies (504).
  cacheDir: here('../node_modules/.vite/portal'),
  server: {
    // Development: `npm run dev`, or `npx vite --config admin/vite.portal.config.ts` beside `npm start`.
    port: devPort('portal'),
    strictPort: true,
    // Every route of the API server (admin/dev-server.ts), at PORT.
    proxy: serverProxy(),
  },
});
