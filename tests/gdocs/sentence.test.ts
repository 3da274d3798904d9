import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../shared/dom/google-docs/sentence.ts';

describe('sentenceAround', () => {
  const text = 'Purpose\n\nThe grant ends soon. We will consult for six weeks (to 21 April). Views are welcome!\n\nNext block here.';

  it('quotes the whole sentence around a finding', () => {
    const start = text.indexOf('six weeks');
    expect(sentenceAround(text, start, start + 9).text).toBe('We will consult for six weeks (to 21 April).');
  });

  it('quotes the first and last sentences of a block and stays inside the block', () => {
    expect(sentenceAround(text, text.indexOf('grant'), text.indexOf('grant') + 5).text).toBe('The grant ends soon.');
    expect(sentenceAround(text, text.indexOf('Views'), text.indexOf('Views') + 5).text).toBe('Views are welcome!');
    expect(sentenceAround(text, text.indexOf('Next'), text.indexOf('Next') + 4).text).toBe('Next block here.');
    expect(sentenceAround(text, 0, 7).text).toBe('Purpose');
  });

  it('gives every sentence a finding spans, and offsets that point at the quote', () => {
    const start = text.indexOf('soon');
    const quote = sentenceAround(text, start, text.indexOf('consult') + 7);
    expect(quote.text).toBe('The grant ends soon. We will consult for six weeks (to 21 April).');
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });
});
