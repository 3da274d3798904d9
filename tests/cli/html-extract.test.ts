/** The HTML extractor: blocks, white space, entities, dropped chrome, headings and the offset map. */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../shared/node/extract/html.ts';

describe('extractHtml', () => {
  it('separates block elements with a blank line and joins inline ones', () => {
    const { text } = extractHtml('<div><p>One <em>two</em>\n   three.</p><ul><li>Four</li><li>Five</li></ul><table><tr><td>Six</td><td>Seven</td></tr></table></div>');
    expect(text).toBe('One two three.\n\nFour\n\nFive\n\nSix\n\nSeven');
  });

  it('keeps <br> as a line break and <pre> as written', () => {
    expect(extractHtml('<p>Line one<br>line two</p>').text).toBe('Line one\nline two');
    expect(extractHtml('<pre>a  b\n  c</pre>').text).toBe('a  b\n  c');
  });

  it('decodes named and numeric character references', () => {
    expect(extractHtml('<p>Carers &amp; families&nbsp;&ndash; £5&#44;000 &#x2013; it&rsquo;s &unknown; &lt;b&gt;</p>').text).toBe(
      'Carers & families – £5,000 – it’s &unknown; <b>',
    );
  });

  it('drops scripts, styles, head, navigation, hidden elements and the site footer, but not an article footer', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav><div role="navigation">Links</div>' +
      '<script>if (a < b) document.write("<p>x</p>")</script><p hidden>Hidden</p><main><article><p>Kept</p><footer>Article footer</footer></article></main>' +
      '<footer>Site footer</footer></body></html>';
    expect(extractHtml(html).text).toBe('Kept\n\nArticle footer');
  });

  it('reads the page title from the head, decoded and on one line, but never an SVG title in the body', () => {
    const html = '<html><head><meta charset="utf-8">\n<title>\n  Day centres &ndash; consultation\n  &amp; review | Millford District Council</title></head><body><p>Text</p></body></html>';
    expect(extractHtml(html).pageTitle).toBe('Day centres – consultation & review | Millford District Council');
    expect(extractHtml(html).text).toBe('Text');
    expect(extractHtml('<body><svg><title>Icon</title></svg><p>Text</p></body>').pageTitle).toBeUndefined();
    expect(extractHtml('<p>No head at all</p>').pageTitle).toBeUndefined();
  });

  it('passes compact-proof comments through, on their own line, and drops other comments', () => {
    const { text } = extractHtml('<p>A</p><!-- note --><!-- compact-proof-disable-next-line jargon --><p>B</p>');
    expect(text).toBe('A\n\n<!-- compact-proof-disable-next-line jargon -->\nB');
  });

  it('reports headings with their level and offsets in the text', () => {
    const { text, headings } = extractHtml('<h1>Report</h1><p>Body</p><h2> Consultation </h2><p>More</p>');
    expect(headings!.map((h) => [text.slice(h.start, h.end), h.level])).toEqual([
      ['Report', 1],
      ['Consultation', 2],
    ]);
  });

  it('maps every text offset back to the original HTML, through tags, entities and astral characters', () => {
    const html = '<p class="a>b">Caf&eacute; 😀 <b>CVS</b>\n  meeting</p>';
    const { text, sourceOffset } = extractHtml(html);
    expect(text).toBe('Café 😀 CVS meeting');
    const cvs = text.indexOf('CVS');
    expect(html.slice(sourceOffset!(cvs), sourceOffset!(cvs) + 3)).toBe('CVS');
    const meeting = text.indexOf('meeting');
    expect(html.slice(sourceOffset!(meeting), sourceOffset!(meeting) + 7)).toBe('meeting');
    expect(html.slice(sourceOffset!(text.indexOf('é')), sourceOffset!(text.indexOf('é')) + 8)).toBe('&eacute;');
  });

  it('counts paragraph-like blocks for Word locations', () => {
    const { text, paragraphStarts } = extractHtml('<h1>T</h1><p>One</p><ul><li>Two</li></ul><table><tr><td><p>Three</p></td></tr></table>');
    expect(paragraphStarts.map((start) => text.slice(start, start + 3))).toEqual(['T\n\n', 'One', 'Two', 'Thr']);
  });
});

describe('extractHtml on awkward pages', () => {
  it('skips a very long tag (an image with a data: URL) without reading its attributes as text', () => {
    const image = `<img alt="chart" src="data:image/png;base64,${'QUJD'.repeat(5000)}">`;
    expect(extractHtml(`<p>Before ${image} after.</p>`).text).toBe('Before after.');
  });

  it('finds the end of a script whatever its case', () => {
    expect(extractHtml('<p>One</p><SCRIPT>var x = "<p>no</p>";</Script><p>Two</p>').text).toBe('One\n\nTwo');
  });
});
