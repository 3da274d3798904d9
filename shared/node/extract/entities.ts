/**
 * HTML character references. We only need the ones that turn up in council web pages and
 * in mammoth's output: the numeric forms cover everything else. An unknown named
 * reference is left as written, as browsers do.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  // A non-breaking space reads as a space; the linter should treat it as one.
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  zwj: '',
  zwnj: '',
  ndash: '–',
  mdash: '—',
  minus: '−',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  hellip: '…',
  bull: '•',
  middot: '·',
  pound: '£',
  euro: '€',
  cent: '¢',
  dollar: '$',
  percnt: '%',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  para: '¶',
  deg: '°',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  times: '×',
  divide: '÷',
  plusmn: '±',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  agrave: 'à',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  wcirc: 'ŵ',
  ycirc: 'ŷ',
};

export interface DecodedReference {
  /** The decoded character(s). */
  value: string;
  /** How many characters of the source the reference used (including `&` and `;`). */
  length: number;
}

const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/;

/** Decode the character reference that starts at `html[at]` (an `&`), or null if there is none. */
export function decodeReferenceAt(html: string, at: number): DecodedReference | null {
  const match = REFERENCE.exec(html.slice(at, at + 40));
  if (!match) return null;
  const [whole, decimal, hex, name] = match;
  if (decimal || hex) {
    const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    // Invalid code points become the replacement character, as in a browser.
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return { value: valid ? String.fromCodePoint(code) : '\uFFFD', length: whole.length };
  }
  const value = NAMED[name!];
  // A named reference without its semicolon is only honoured for the old, common ones.
  if (value === undefined || (!whole.endsWith(';') && !['amp', 'lt', 'gt', 'quot', 'nbsp'].includes(name!))) return null;
  return { value, length: whole.length };
}
