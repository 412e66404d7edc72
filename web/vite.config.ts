import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app is built into web/dist and served by the API server at /. `npm run dev:web` serves it
// with hot reload on :5173, passing API calls to a server on :3000.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in what the server publishes.
    sourcemap: false,
    // Budget (issue 5): the initial JavaScript stays under 200 KB gzipped; test/web-bundle.test.ts checks it.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/v1': 'http://localhost:3000', '/openapi.json': 'http://localhost:3000' },
  },
});
