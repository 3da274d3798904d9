/** Temporary folders for CLI tests, and a config that runs one rule only (others are added over time). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RULES } from '../../../lint-rules/index.ts';

export function tempFolder(prefix = 'compact-proof-cli-'): { path: string; write: (name: string, content: string | Buffer) => string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    write(name, content) {
      const file = join(path, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** A `.compactproofrc.json` body turning every rule off except one. */
export function onlyRule(ruleId: string, severity: 'info' | 'warning' | 'error' = 'warning', extra: Record<string, unknown> = {}): string {
  const rules = Object.fromEntries(RULES.map((rule) => [rule.id, rule.id === ruleId ? severity : 'off']));
  return JSON.stringify({ rules, ...extra }, null, 2);
}
