/**
 * A real-looking committee paper as a .docx, built on the fly for the reviewed-copy tests:
 * styles, a numbered list, a table, a header and a footer, a footnote, an existing comment by
 * an officer, tracked changes (an insertion and a deletion), fields (a complex REF field and
 * a simple PAGE field), a hyperlink, a bookmark, words split over differently formatted runs,
 * and a text box. All wording is our own. Parts are written the way Word writes them
 * (namespaces on the root, rsid attributes, xml:space on text).
 */
import { zip } from '../cli/helpers/zip.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NAMESPACES =
  `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ` +
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
  `xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="${R}" ` +
  `xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" ` +
  `xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
  `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
  `xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ` +
  `xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14"`;
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A run: plain text, or text with bold / italic. */
export function run(text: string, format: { bold?: boolean; italic?: boolean } = {}): string {
  const properties = format.bold || format.italic ? `<w:rPr>${format.bold ? '<w:b/>' : ''}${format.italic ? '<w:i/>' : ''}</w:rPr>` : '';
  return `<w:r w:rsidRPr="00A1B2C3">${properties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export function paragraph(content: string, style?: string, extraProperties = ''): string {
  const properties = style || extraProperties ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${extraProperties}</w:pPr>` : '';
  return `<w:p w:rsidR="00D41A2B" w:rsidRDefault="00D41A2B">${properties}${content}</w:p>`;
}

export function listItem(content: string): string {
  return paragraph(content, 'ListParagraph', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
}

export function table(rows: string[][]): string {
  const cells = rows
    .map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${paragraph(run(cell))}</w:tc>`).join('')}</w:tr>`)
    .join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>${cells}</w:tbl>`;
}

/** The body of the standard test paper. Findings the rules make on it are listed in the tests. */
export function committeePaperBody(): string {
  return [
    paragraph(run('Community grants: proposals for 2025/26'), 'Heading1'),
    // An existing comment by an officer, left exactly as it was.
    paragraph(
      '<w:commentRangeStart w:id="0"/>' + run('Report of the Head of Communities') + '<w:commentRangeEnd w:id="0"/>' +
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>',
    ),
    paragraph(run('Purpose'), 'Heading2'),
    // "CVS" split over three runs with different formatting, and a bookmark in the middle.
    paragraph(
      run('The ') + run('C', { bold: true }) + '<w:bookmarkStart w:id="1" w:name="cvs"/>' + run('V', { italic: true }) + '<w:bookmarkEnd w:id="1"/>' +
        run('S will coordinate the responses from groups across the district.'),
    ),
    // A tracked insertion (counts) and deletion (does not).
    paragraph(
      run('Officers will ') +
        '<w:del w:id="10" w:author="Jo Smith" w:date="2025-01-02T10:00:00Z"><w:r><w:delText xml:space="preserve">carefully </w:delText></w:r></w:del>' +
        '<w:ins w:id="11" w:author="Jo Smith" w:date="2025-01-02T10:00:00Z"><w:r><w:t xml:space="preserve">utilise the </w:t></w:r></w:ins>' +
        run('findings of the review.'),
    ),
    // A hyperlink whose text holds the flagged words.
    paragraph(
      run('Read the ') +
        '<w:hyperlink r:id="rId20" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">key stakeholders list</w:t></w:r></w:hyperlink>' +
        run(' before the meeting.'),
    ),
    paragraph(run('Consultation'), 'Heading2'),
    // A complex REF field whose result is the opening date, then a simple field.
    paragraph(
      run('The consultation opens on ') +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF opening_date \\h </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run('6 January 2025') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
        run(' and closes on 17 February 2025.') +
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
    ),
    listItem(run('Groups can reply online, by post or at a drop-in session.')),
    listItem(run('Going forward, the council will publish every response it receives.')),
    table([
      ['Group', 'Grant in 2024/25'],
      ['Riverside Advice Centre', '£42,000'],
      ['Northfield Carers Network', '£18,500'],
    ]),
    // A text box: its words are read, but a comment on them goes on this paragraph.
    paragraph(
      run('See the box. ') +
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2000000" cy="500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>' +
        paragraph(run('The ICB will decide in March.')) +
        '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Text Box 1" type="#_x0000_t202" style="width:157pt;height:39pt"><v:textbox><w:txbxContent>' +
        paragraph(run('The ICB will decide in March.')) +
        '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>',
    ),
    paragraph(run('Page ') + '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' + run(' of the report.')),
    '<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>',
  ].join('');
}

const STYLES =
  `${DECLARATION}<w:styles xmlns:w="${W}">` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>' +
  '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>' +
  '</w:styles>';

const NUMBERING =
  `${DECLARATION}<w:numbering xmlns:w="${W}">` +
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

const FOOTNOTES =
  `${DECLARATION}<w:footnotes xmlns:w="${W}">` +
  '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
  '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>' +
  '<w:r><w:t xml:space="preserve"> The NCVO guidance was followed throughout.</w:t></w:r></w:p></w:footnote>' +
  '</w:footnotes>';

const EXISTING_COMMENTS =
  `${DECLARATION}<w:comments xmlns:w="${W}">` +
  '<w:comment w:id="0" w:author="Sam Patel" w:date="2025-01-03T09:00:00Z" w:initials="SP"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>Check the title with legal.</w:t></w:r></w:p></w:comment>' +
  '</w:comments>';

const HEADER = `${DECLARATION}<w:hdr xmlns:w="${W}"><w:p><w:r><w:t>Cabinet, 12 March 2025 – the CVS grant</w:t></w:r></w:p></w:hdr>`;
const FOOTER = `${DECLARATION}<w:ftr xmlns:w="${W}"><w:p><w:r><w:t>OFFICIAL</w:t></w:r></w:p></w:ftr>`;

export interface PaperOptions {
  /** The body's XML (paragraphs and tables); the standard paper by default. */
  body?: string;
  /** Include an officer's existing comment (and its part). Default true. */
  existingComments?: boolean;
}

/** The paper as .docx bytes, and its parts as written (to compare byte for byte). */
export function makeCommitteePaper(options: PaperOptions = {}): { bytes: Buffer; parts: Record<string, string> } {
  const withComments = options.existingComments ?? true;
  let body = options.body ?? committeePaperBody();
  if (!withComments) {
    body = body.replace(/<w:commentRange(?:Start|End) w:id="0"\/>/g, '').replace(/<w:r><w:rPr><w:rStyle w:val="CommentReference"\/><\/w:rPr><w:commentReference w:id="0"\/><\/w:r>/g, '');
  }
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
      '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>' +
      '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' +
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
      (withComments ? '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' : '') +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '</Types>',
    '_rels/.rels':
      `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
    'docProps/core.xml':
      `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Community grants</dc:title><dc:creator>Communities team</dc:creator></cp:coreProperties>`,
    'word/document.xml': `${DECLARATION}<w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`,
    'word/_rels/document.xml.rels':
      `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' +
      (withComments ? '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' : '') +
      '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' +
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' +
      '<Relationship Id="rId20" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/stakeholders" TargetMode="External"/>' +
      '</Relationships>',
    'word/styles.xml': STYLES,
    'word/numbering.xml': NUMBERING,
    'word/footnotes.xml': FOOTNOTES,
    'word/header1.xml': HEADER,
    'word/footer1.xml': FOOTER,
  };
  if (withComments) parts['word/comments.xml'] = EXISTING_COMMENTS;
  return { bytes: zip(parts), parts };
}
