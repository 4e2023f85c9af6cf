import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// The embeddable library, served by the API at /app/lib/ too:
//  - memberpulse-support.js: React components for React hosts (react and react-dom are the host's);
//  - memberpulse-support-mount.js: mount(element, options) with its own React, for hosts that are not React.
// Both share memberpulse-support.css, whose class names are scoped (CSS modules) and whose theme is CSS variables.
const standalone = process.env.MP_LIB === 'mount';
export default defineConfig({
  plugins: [react()],
  css: { modules: { generateScopedName: 'mp_[local]_[hash:base64:6]' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'target/classes/META-INF/resources/app/lib',
    emptyOutDir: !standalone,
    copyPublicDir: false,
    lib: standalone
      ? { entry: resolve(import.meta.dirname, 'src/lib/mount.tsx'), formats: ['es'], fileName: () => 'memberpulse-support-mount.js', cssFileName: 'memberpulse-support' }
      : { entry: resolve(import.meta.dirname, 'src/lib/index.ts'), formats: ['es'], fileName: () => 'memberpulse-support.js', cssFileName: 'memberpulse-support' },
    rollupOptions: standalone ? {} : { external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'] },
  },
});
