// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlToText, readPracticeFile } from '../../shared/practice/ui/open-file.ts';

describe('htmlToText', () => {
  it('keeps block boundaries as blank lines and drops scripts, styles and hidden elements', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><h1>Funding</h1><p>Each <b>VCO</b> must reply.</p><script>var x = 1;</script><p hidden>secret</p><ul><li>One</li><li>Two</li></ul></body></html>';
    expect(htmlToText(html)).toBe('Funding\n\nEach VCO must reply.\n\nOne\n\nTwo');
  });

  it('never runs words from neighbouring blocks together', () => {
    expect(htmlToText('<div>end</div><div>start</div>')).toBe('end\n\nstart');
  });
});

describe('readPracticeFile', () => {
  it('reads Markdown as Markdown and text as text', async () => {
    expect(await readPracticeFile(new File(['# Title\n\nBody'], 'notes.md'))).toEqual({ name: 'notes.md', text: '# Title\n\nBody', format: 'markdown' });
    expect(await readPracticeFile(new File(['Plain'], 'notes.txt', { type: 'text/plain' }))).toEqual({ name: 'notes.txt', text: 'Plain', format: 'text' });
  });

  it('turns HTML into text', async () => {
    const opened = await readPracticeFile(new File(['<p>One</p><p>Two</p>'], 'page.html', { type: 'text/html' }));
    expect(opened).toEqual({ name: 'page.html', text: 'One\n\nTwo', format: 'text' });
  });

  it('refuses a file it cannot read, saying which files it can', async () => {
    await expect(readPracticeFile(new File([new Uint8Array([1, 2, 3])], 'scan.pdf', { type: 'application/pdf' }))).rejects.toThrow(
      '“scan.pdf” is not a file the practice page can read: open a .txt, .md, .html or .docx file.',
    );
  });
});
