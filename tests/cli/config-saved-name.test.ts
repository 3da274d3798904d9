/**
 * Browsers take the leading dot off a download's name, so the extension's exported settings
 * arrive as `compactproofrc.json`: the CLI finds that name too, after `.compactproofrc.json`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigFiles } from '../../shared/node/config-file.ts';

describe('the config file as a browser saves it', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'saved-config-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is found beside the papers, and the dotted name wins where both exist', () => {
    const papers = join(folder, 'papers');
    mkdirSync(papers);
    writeFileSync(join(folder, 'compactproofrc.json'), '{"profile":"eastleigh"}');
    expect(new ConfigFiles().findFrom(papers)).toBe(join(folder, 'compactproofrc.json'));
    writeFileSync(join(papers, '.compactproofrc.json'), '{}');
    writeFileSync(join(papers, 'compactproofrc.json'), '{"profile":"eastleigh"}');
    expect(new ConfigFiles().findFrom(papers)).toBe(join(papers, '.compactproofrc.json'));
  });
});
