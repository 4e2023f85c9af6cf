/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The application the API serves at /app/: the screens (index.html) and GraphiQL (graphiql.html, its own
// bundle so the console never loads it). Written into the jar's META-INF/resources/app.
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  css: { modules: { generateScopedName: 'mp_[local]_[hash:base64:6]' } },
  build: {
    outDir: 'target/classes/META-INF/resources/app',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      input: { index: resolve(import.meta.dirname, 'index.html'), graphiql: resolve(import.meta.dirname, 'graphiql.html') },
      // GraphiQL's packages mark modules "use no memo" for the React compiler; harmless in a bundle, and noisy.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:8080', '/attachments': 'http://127.0.0.1:8080', '/app/config.json': 'http://127.0.0.1:8080' } },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
