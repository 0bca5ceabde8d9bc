import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web app: `npm run build:web` writes it to dist/web, which `truce serve` serves.
 * `npm run dev:web` serves it with hot reload and sends /api to a `truce serve` on port 4000.
 */
export default defineConfig({
  root: here,
  plugins: [react()],
  // Everything is bundled: the app must work with no internet access (no CDN, no web fonts).
  build: { manifest: true, outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)), emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:4000' } },
});
