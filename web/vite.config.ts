import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import { defineConfig } from 'vite';

// Paths from this file rather than the working directory; URL keeps the config free of Node types,
// so the browser tsconfig can check it.
const here = (relative: string) => decodeURIComponent(new URL(relative, import.meta.url).pathname);

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  css: { postcss: { plugins: [postcssPresetMantine()] } },
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    // Libraries change less often than the app: separate files stay in the browser's cache across
    // releases. Only libraries every screen loads are named, so lazily loaded ones (charts) stay lazy.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/](core|hooks|form)[\\/]/ },
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|i18next|react-i18next|zod|openapi-fetch)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    // The app imports the shared rules and catalogues from ../src and ../locales.
    fs: { allow: [here('..')] },
    // The Host header is kept, so the server's same-origin check sees the dev server's origin.
    proxy: { '/api': 'http://localhost:8080' },
  },
});
