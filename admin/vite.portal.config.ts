import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
  server: {
    // Development: `npx vite --config admin/vite.portal.config.ts` beside `npm start` on :4000.
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
