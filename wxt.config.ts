// Build configuration (Node-only): WXT with Preact and webextension-polyfill.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  zip: {
    excludeSources: ['tests/**', '.ci/**', '.output/**', '*.png', 'bench-results/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Jernih',
    description: 'Clear, citable Indonesian news: declutter, read, clip.',
    permissions: ['storage', 'activeTab', 'scripting'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'jernih@jernih.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
