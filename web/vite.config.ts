// Builds the web app into web/dist, which the Fastify server serves at / (server/platform/web/static.ts).
// `npm run dev:web` serves it with hot reload and proxies the API to `npm run dev` on :3000.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or data: modules: the server's CSP allows scripts from 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The app, and the service worker at /sw.js (a fixed name at the root: its scope is the whole app).
      input: {
        main: `${import.meta.dirname}/index.html`,
        sw: `${import.meta.dirname}/src/sw/sw.ts`,
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
      // TanStack Query marks its modules "use client" (for React Server Components); meaningless here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
      '/openapi.json': 'http://localhost:3000',
    },
  },
});
