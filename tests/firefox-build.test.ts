/**
 * The shipped Firefox build, without a browser: the manifest Firefox reads, that every file it
 * names was built, the least permissions, and Mozilla's own add-on validator (addons-linter,
 * the check addons.mozilla.org runs on upload). The extension itself is run in Firefox ESR by
 * tests/firefox/ (`npm run test:firefox`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import linter from 'addons-linter';
import { beforeAll, describe, expect, it } from 'vitest';

const OUT = '.output/firefox-mv3';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let manifest: any;

beforeAll(() => {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'ignore' });
  manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
}, 180_000);

describe('the Firefox build', () => {
  it('has an add-on id, a sidebar instead of a side panel, and a background script', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(manifest.background.scripts.length).toBeGreaterThan(0);
    expect(manifest.permissions).not.toContain('sidePanel');
  });

  it('names only files that were built', () => {
    const named = [
      manifest.sidebar_action.default_panel,
      manifest.options_ui.page,
      ...manifest.background.scripts,
      ...manifest.content_scripts.flatMap((script: { js: string[] }) => script.js),
      ...Object.values(manifest.icons as Record<string, string>),
    ];
    for (const file of named) expect(existsSync(join(OUT, file)), file).toBe(true);
  });

  it('asks for the least it needs: no blanket host access, only the Google Docs documents', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    for (const host of manifest.host_permissions as string[]) expect(host).toMatch(/^https:\/\/docs\.google\.com\//);
    // Auto-check asks for one site at a time, at the user's request.
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    // No page may open the extension's own pages (only the Firefox test build allows 127.0.0.1 to).
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('keeps the hover card’s shadow root closed to the page (only the e2e build opens it)', () => {
    const scripts = readdirSync(join(OUT, 'content-scripts')).filter((name) => name.endsWith('.js'));
    const withShadow = scripts.filter((name) => readFileSync(join(OUT, 'content-scripts', name), 'utf8').includes('attachShadow'));
    expect(withShadow).toContain('content.js');
    for (const name of withShadow) {
      const code = readFileSync(join(OUT, 'content-scripts', name), 'utf8');
      // The minifier may keep the mode as a literal or as a constant declared elsewhere.
      const modes = [...code.matchAll(/attachShadow\(\{\s*mode:\s*([\w$]+|["'`]\w+["'`])\s*\}\)/g)].map(([, mode]) => {
        if (/^["'`]/.test(mode!)) return mode!.slice(1, -1);
        const declared = new RegExp(`(?:^|[,;{\\s])${mode!.replace(/\$/g, '\\$')}\\s*=\\s*["'\`](\\w+)["'\`]`).exec(code);
        return declared?.[1];
      });
      expect(modes.length, name).toBeGreaterThan(0);
      expect(modes, name).toEqual(modes.map(() => 'closed'));
    }
  });

  it('builds the script that tells Google Docs our id, but leaves it out of the manifest (registered only while live text is on)', () => {
    const listed = (manifest.content_scripts as { js: string[] }[]).flatMap((script) => script.js);
    expect(listed.some((file) => file.includes('gdocs-live'))).toBe(false);
    expect(existsSync(join(OUT, 'content-scripts', 'gdocs-live-id.js'))).toBe(true);
  });

  it('passes Mozilla’s add-on validator with no errors', async () => {
    const instance = linter.createInstance({
      config: { _: [OUT], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false },
      runAsBinary: false,
    });
    const result = await instance.run();
    expect(result.errors, JSON.stringify(result.errors, null, 2)).toEqual([]);
    // The only warnings allowed: the .docx reader's bundled underscore falls back to
    // Function('return this') to find the global object where `self` is missing, which never
    // happens in a browser page, so no string is ever evaluated. The practice page's reviewed
    // copy loads JSZip, whose setImmediate polyfill turns a callback that is not a function into
    // one with new Function(); JSZip only ever passes it functions (mammoth's chunk bundles the
    // same polyfill), so again no string is evaluated.
    // The side panel's PDF reader (pdf.js, through unpdf, for "Check linked documents") draws
    // two notes from the validator's no-unsanitized rule, which reports that it could not read a
    // call's shape ("Unexpected Callee"), not that it found an unsafe assignment: pdf.js writes
    // no HTML from a file, and its `.write(…)` calls are font tables and streams.
    for (const warning of result.warnings) {
      if (warning.code === 'UNSAFE_VAR_ASSIGNMENT' && /^chunks\/pdfjs-/.test(warning.file ?? '') && /Unexpected Callee/.test(warning.message)) continue;
      expect(`${warning.code} ${warning.file}`).toMatch(/^DANGEROUS_EVAL chunks\/(?:mammoth\.browser|jszip\.min)-/);
    }
  }, 120_000);
});
