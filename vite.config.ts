import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { glossBundle } from './src/build/bundle-plugin.ts';
import { contentSecurityPolicy } from './src/build/csp.ts';
import { glossOffline } from './src/worker/offline-plugin.ts';

// GLOSS_SEEDS points the build at another folder of articles (benchmarks, trying a corpus).
const seedsDir = process.env.GLOSS_SEEDS ?? fileURLToPath(new URL('./seeds', import.meta.url));

export default defineConfig({
  // Relative asset and data URLs: dist/ works from any sub-path of any static host.
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    glossBundle({ seedsDir, skipInvalid: process.env.GLOSS_SKIP_INVALID === '1' }),
    contentSecurityPolicy(),
    // sw.js: precaches the build so dist/ works offline after the first visit (production only).
    glossOffline(),
  ],
  build: { target: 'es2022' },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
