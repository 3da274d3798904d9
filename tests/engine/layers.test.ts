/**
 * The code's layers point one way (docs/development.md, "How it fits together"): each folder
 * may import only from folders below it, and no module imports itself through a circle. Read
 * from the import statements themselves, so a new upward import fails here rather than in a
 * reader's head.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Lowest first. A folder may import its own layer and any layer before it. */
const LAYERS: readonly (readonly string[])[] = [
  ['shared/text'],
  ['shared/time'],
  ['shared/document'],
  ['shared/engine'],
  ['lint-rules'],
  ['shared/config'],
  ['shared/report'],
  // Front ends: each uses the layers above, never another front end's platform code.
  ['shared/node', 'shared/dom', 'shared/practice'],
  ['entrypoints'],
];

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, folder))) {
    const path = join(folder, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:ts|mjs)$/.test(name) && !/\.test\.ts$/.test(name)) out.push(path);
  }
  return out;
}

const layerOf = (file: string) => LAYERS.findIndex((folders) => folders.some((folder) => file === folder || file.startsWith(`${folder}/`)));
const folderOf = (file: string) => LAYERS.flat().find((folder) => file.startsWith(`${folder}/`));

/** Every relative import (static, type-only or dynamic) of a file, as repo paths. */
function importsOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    found.push(relative(ROOT, resolve(ROOT, dirname(file), match[1]!)));
  }
  return found;
}

const FILES = LAYERS.flat().flatMap(sourceFiles);

describe('layers', () => {
  it('each folder imports only from its own layer or the layers below it', () => {
    const upward: string[] = [];
    for (const file of FILES) {
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        if (to === -1) continue; // tests/ helpers used by rule examples, assets, …
        const from = layerOf(file);
        const sideways = to === from && folderOf(file) !== folderOf(target) && from === LAYERS.length - 2;
        if (to > from || sideways) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('no module imports itself through a circle', () => {
    const graph = new Map(FILES.map((file) => [file, importsOf(file).filter((target) => FILES.includes(target))]));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of FILES) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('reads the imports it checks (the check itself can fail)', () => {
    expect(importsOf('shared/document/facts.ts')).toContain('shared/text/blocks.ts');
    expect(layerOf('shared/engine/lint.ts')).toBeGreaterThan(layerOf('shared/document/facts.ts'));
  });
});
