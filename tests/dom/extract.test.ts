// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  extractVisibleText,
  extractVisibleTextInSlices,
  offsetForPoint,
  rangeForOffsets,
  segmentIndex,
} from '../../shared/dom/extract.ts';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('extractVisibleText', () => {
  it('keeps blocks apart with a blank line so words never run together', () => {
    const { text } = extractVisibleText(page('<p>First paragraph</p><p>Second paragraph</p><ul><li>one</li><li>two</li></ul>'));
    expect(text).toBe('First paragraph\n\nSecond paragraph\n\none\n\ntwo');
  });

  it('joins inline markup without adding characters', () => {
    const { text } = extractVisibleText(page('<p>We will <b>lever</b>age <a href="#">partnerships</a> now.</p>'));
    expect(text).toBe('We will leverage partnerships now.');
  });

  it('turns white space inside a block into spaces, one for one, and a <br> into a new line', () => {
    const { text } = extractVisibleText(page('<p>The survey\n      closes soon.<br>Reply by post.</p>'));
    expect(text).toBe('The survey       closes soon.\nReply by post.');
  });

  it('leaves out scripts, styles, hidden elements, form fields and site chrome', () => {
    const { text } = extractVisibleText(
      page(`
        <header><p>Council home</p></header>
        <nav><a href="/">Menu link</a></nav>
        <div role="navigation">Breadcrumbs</div>
        <main>
          <header><h1>Consultation title</h1></header>
          <p>Visible text.</p>
          <p hidden>Hidden by attribute.</p>
          <p style="display:none">Hidden by style.</p>
          <script>var secret = 'script text';</script>
          <style>p { color: red }</style>
          <noscript>No script text</noscript>
          <template><p>Template text</p></template>
          <textarea>Typed text</textarea>
        </main>
        <aside>Related links</aside>
        <footer>Cookies and privacy</footer>`),
    );
    expect(text).toBe('Consultation title\n\nVisible text.');
  });

  it('records headings with their levels and spans', () => {
    const extracted = extractVisibleText(page('<h1>Title</h1><p>Intro.</p><h2>How to <em>respond</em></h2><p>Write to us.</p>'));
    expect(extracted.headings).toEqual([
      { start: 0, end: 5, level: 1 },
      { start: 15, end: 29, level: 2 },
    ]);
    expect(extracted.text.slice(15, 29)).toBe('How to respond');
  });

  it('gives the same result when walked in small slices', async () => {
    const html = Array.from({ length: 400 }, (_, i) => `<p>Paragraph <b>${i}</b> of the consultation.</p>`).join('');
    const root = page(html);
    const whole = extractVisibleText(root);
    let yields = 0;
    const sliced = await extractVisibleTextInSlices(root, {
      sliceMs: -1, // every clock check ends the slice
      yieldToPage: async () => {
        yields++;
      },
    });
    expect(yields).toBeGreaterThan(0);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.segments.length).toBe(whole.segments.length);
  });
});

describe('rangeForOffsets', () => {
  it('maps a phrase split across inline tags to one DOM range', () => {
    const root = page('<p>We will <b>lever</b>age partnerships.</p>');
    const extracted = extractVisibleText(root);
    const start = extracted.text.indexOf('leverage');
    const range = rangeForOffsets(extracted, start, start + 'leverage'.length)!;
    expect(range.toString()).toBe('leverage');
    expect(range.startContainer.textContent).toBe('lever');
    expect(range.endContainer.textContent).toBe('age partnerships.');
    // The page itself is untouched.
    expect(root.innerHTML).toBe('<p>We will <b>lever</b>age partnerships.</p>');
  });

  it('never lets an end snap to the start of the next node', () => {
    const extracted = extractVisibleText(page('<p><b>bold</b><i>italic</i></p>'));
    const range = rangeForOffsets(extracted, 0, 4)!;
    expect(range.toString()).toBe('bold');
    expect(range.endContainer.textContent).toBe('bold');
  });

  it('snaps offsets that fall in a block separator to the neighbouring text', () => {
    const extracted = extractVisibleText(page('<p>alpha</p><p>beta</p>'));
    // "alpha\n\nbeta": offsets 5 and 6 are the inserted blank line.
    expect(rangeForOffsets(extracted, 3, 6)!.toString()).toBe('ha');
    expect(rangeForOffsets(extracted, 6, 9)!.toString()).toBe('be');
    expect(rangeForOffsets(extracted, 5, 7)).toBeNull();
  });

  it('maps DOM positions back to text offsets', () => {
    const root = page('<p>alpha</p><p>be<b>ta</b></p>');
    const extracted = extractVisibleText(root);
    const bold = root.querySelector('b')!.firstChild!;
    expect(offsetForPoint(extracted, bold, 1)).toBe(extracted.text.indexOf('ta') + 1);
    expect(offsetForPoint(extracted, bold, 1, segmentIndex(extracted))).toBe(extracted.text.indexOf('ta') + 1);
    expect(offsetForPoint(extracted, root, 0)).toBeNull();
  });
});
