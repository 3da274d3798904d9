import { defineConfig } from 'wxt';

/**
 * The end-to-end tests cannot click the toolbar button (which is what grants `activeTab`),
 * so they build a variant that may also read pages on 127.0.0.1, where the fixture server
 * runs. It goes to its own folder; the extension people install never has it.
 */
const e2e = process.env.COMPACT_PROOF_E2E === '1';

// The extension's manifest. Permissions are the least that work: `activeTab` + `scripting`
// let the toolbar button check the page the user chose, without blanket host access.
// Auto-check asks for one site at a time, through optional host permissions.
export default defineConfig({
  // Never try to launch a browser from `wxt` (there is no display in CI).
  webExt: { disabled: true },
  // shared/ and lint-rules/ are imported explicitly; no auto-import globals.
  imports: false,
  ...(e2e ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' } : {}),
  // The hover card's shadow root is closed in the shipped build; only the e2e build opens it,
  // because Playwright cannot look inside a closed root (see shared/dom/hover-card.ts).
  // COMPACT_PROOF_NO_MINIFY=1 keeps function names, for CPU profiles (tests/bench/extension-profile.ts).
  vite: () => ({
    define: { __COMPACT_PROOF_E2E__: JSON.stringify(e2e) },
    ...(process.env.COMPACT_PROOF_NO_MINIFY === '1' ? { build: { minify: false } } : {}),
  }),
  manifest: ({ browser }) => ({
    name: 'compact-proof',
    description: 'Check consultation pages and drafts against the Compact: timescales, notice, impact assessments and plain language.',
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // docs.google.com: the Google Docs content script's fallback, where the background worker
    // fetches the open document's export when Google refuses it to the page (see shared/dom/google-docs/).
    host_permissions: ['https://docs.google.com/*', ...(e2e ? ['http://127.0.0.1/*'] : [])],
    // The icons themselves (public/icon-<size>.png, drawn by assets/icons/generate-icons.mjs)
    // are found by WXT and listed under `icons`; the toolbar button names its own two sizes.
    action: { default_title: 'Check this page against the Compact', default_icon: { 16: 'icon-16.png', 32: 'icon-32.png' } },
    // Firefox e2e only: WebDriver BiDi refuses to navigate a tab to an extension's pages, so the
    // tests open the settings and sidebar pages by navigating to them from a fixture page.
    ...(e2e && browser === 'firefox'
      ? { web_accessible_resources: [{ resources: ['options.html', 'sidepanel.html'], matches: ['http://127.0.0.1/*'] }] }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'compact-proof@compact-proof.org', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
