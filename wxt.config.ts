// Build configuration (Node-only): WXT with Preact and webextension-polyfill.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  zip: {
    excludeSources: [
      'tests/**',
      '.ci/**',
      '.output/**',
      '.scratch/**',
      'docs/**',
      '**/*.png',
      'bench-results/**',
    ],
  },
  // Firefox is built as MV2 (WXT's default for -b firefox), on purpose: Firefox MV3 does not
  // grant host permissions at install, so the live declutter would silently do nothing on the
  // supported outlets until the reader found and granted them; MV2 grants the content script's
  // outlet matches at install and Mozilla keeps MV2 supported. Chrome is MV3. Host access is only
  // the content script's outlet patterns (generated from the profiles); any other page is
  // reached only through activeTab + scripting when the reader asks (command / popup).
  manifest: ({ browser, mode }) => ({
    name: 'Jernih',
    description: 'Clear, citable Indonesian news: declutter, read, clip.',
    // public/_locales (popup strings, issue 4) requires a default locale in the manifest.
    default_locale: 'en',
    // contextMenus: "Clip article" / "Clip selection"; unlimitedStorage: the clip library in
    // IndexedDB must not be evicted or capped (issue 6).
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'unlimitedStorage'],
    commands: {
      'declutter-page': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Declutter this page, or undo (works on sites without a profile too)',
      },
      'clip-article': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Clip this article to the Jernih library',
      },
    },
    // Test builds only (Firefox): WebDriver BiDi cannot open moz-extension:// pages, so the
    // popup e2e (tests/e2e/popup-views.ts) navigates a web page to it. Never in a release.
    ...(browser === 'firefox' && mode === 'e2e'
      ? { web_accessible_resources: ['popup.html'] }
      : {}),
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
