import { defineConfig, type Plugin } from 'vitest/config';
import staticWebAppConfig from './staticwebapp.config.json' with { type: 'json' };

// Azure Static Web Apps reads its configuration from the root of the deployed folder (dist/).
const emitStaticWebAppConfig: Plugin = {
  name: 'emit-staticwebapp-config',
  apply: 'build',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'staticwebapp.config.json',
      source: `${JSON.stringify(staticWebAppConfig, null, 2)}\n`,
    });
  },
};

// The local API (functions/ in standalone mode) listens here; see DESIGN.md.
const api = { '/api': { target: 'http://127.0.0.1:7071', changeOrigin: false } };

export default defineConfig({
  appType: 'mpa',
  plugins: [emitStaticWebAppConfig],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // One entry per page; each is written to the same path under dist/.
      input: {
        home: 'index.html',
        admin: 'admin/index.html',
        provider: 'provider/index.html',
        register: 'register/index.html',
        registerConfirmation: 'register/confirmation.html',
        account: 'account/index.html',
        accountReset: 'account/reset.html',
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, proxy: api },
  preview: { host: '127.0.0.1', port: 4173, proxy: api },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
