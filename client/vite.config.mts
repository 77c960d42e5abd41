import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));
// LUODI_API_URL points the dev proxy at a server on another port.
const apiServer = process.env['LUODI_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root: clientRoot,
  plugins: [react()],
  resolve: {
    alias: {
      '@luodi/domain': fileURLToPath(new URL('../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  server: {
    proxy: {
      '/graphql': apiServer,
      '/healthz': apiServer,
      '/export': apiServer,
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // antd's own modules alone come close to 500 kB; they are a cached vendor chunk, not app code.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Vendors get their own long-lived chunks, so an app release does not re-download them.
        // A group also takes in its modules' dependencies, hence antd's helpers are claimed first.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
              priority: 5,
            },
            {
              name: 'antd-deps',
              test: /node_modules[\\/](@ant-design|@rc-component|dayjs)[\\/]/,
              priority: 4,
            },
            { name: 'antd', test: /node_modules[\\/]antd[\\/]/, priority: 3 },
            {
              name: 'echarts',
              test: /node_modules[\\/](echarts|zrender|echarts-for-react)[\\/]/,
              priority: 2,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
