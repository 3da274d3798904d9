import { defineConfig } from 'wxt';

// The extension's manifest. Permissions are the least that work: `activeTab` lets the
// toolbar button check the page the user chose, without blanket host access.
export default defineConfig({
  // Never try to launch a browser from `wxt` (there is no display in CI).
  webExt: { disabled: true },
  // shared/ and lint-rules/ are imported explicitly; no auto-import globals.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'compact-proof',
    description: 'Check consultation pages and drafts against the Compact: timescales, notice, impact assessments and plain language.',
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    action: { default_title: 'Check this page against the Compact' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'compact-proof@compact-proof.org', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
