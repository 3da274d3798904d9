/**
 * The text of a Word story (the body, the footnotes, the endnotes) read from its XML, with a
 * map from every character back to the node it came from: a `w:t` text element and the
 * character inside it, or a one-character element such as `w:noBreakHyphen`.
 *
 * It reads what mammoth reads (shared/node/extract/docx.ts), so the two texts line up:
 * inserted text counts; deleted text (`w:delText`), field codes (`w:instrText`), simple
 * fields (`w:fldSimple`, which mammoth drops) and `mc:Choice` branches do not; a complex
 * field's result does; text inside hyperlinks and content controls counts where it stands. Text in text boxes is read but marked,
 * because a comment cannot be anchored there in every word processor: it goes on the
 * paragraph that holds the text box instead.
 */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export interface StoryText {
  /** Every character of the story, paragraphs one after another (no separators). */
  text: string;
  /** For each character: the element it came from (`w:t` or a one-character element). */
  nodes: Element[];
  /** For each character: its index inside that element's text (0 for one-character elements). */
  indices: number[];
  /** For each character: the paragraph a comment on it can go on (outside any text box). */
  paragraphs: Element[];
  /** For each character: true when it is inside a text box (cannot be anchored on exactly). */
  inTextBox: boolean[];
  /** The story's paragraphs in order, each with the range of its characters. */
  paragraphRanges: { paragraph: Element; start: number; end: number }[];
}

/** Elements whose content mammoth leaves out, and so must be left out here too. */
const SKIPPED = new Set(['fldSimple', 'delText', 'instrText', 'delInstrText', 'del', 'moveFrom', 'sdtPr', 'rPr', 'pPr', 'commentReference', 'footnoteReference', 'endnoteReference']);

export function isW(node: Node | null, localName: string): node is Element {
  return node !== null && node.nodeType === 1 && (node as Element).namespaceURI === W && (node as Element).localName === localName;
}

/** The text of one story; `root` is the story part's document element (w:document, w:footnotes…). */
export function readStory(root: Element): StoryText {
  const story: StoryText = { text: '', nodes: [], indices: [], paragraphs: [], inTextBox: [], paragraphRanges: [] };
  const chars: string[] = [];

  const push = (char: string, node: Element, index: number, paragraph: Element, textBox: boolean) => {
    chars.push(char);
    story.nodes.push(node);
    story.indices.push(index);
    story.paragraphs.push(paragraph);
    story.inTextBox.push(textBox);
  };

  const walk = (element: Element, paragraph: Element | null, outer: Element | null, textBox: boolean) => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      const node = child as Element;
      if (node.namespaceURI === MC && node.localName === 'Choice') continue; // mammoth reads the Fallback
      if (node.namespaceURI !== W) {
        walk(node, paragraph, outer, textBox);
        continue;
      }
      const name = node.localName;
      if (SKIPPED.has(name)) continue;
      if (name === 'p') {
        const start = chars.length;
        walk(node, node, textBox ? outer : node, textBox);
        // A paragraph in a text box is part of the range of the paragraph that holds the box.
        if (!textBox) story.paragraphRanges.push({ paragraph: node, start, end: chars.length });
        continue;
      }
      if (name === 'txbxContent') {
        walk(node, paragraph, outer ?? paragraph, true);
        continue;
      }
      if (!paragraph) {
        walk(node, paragraph, outer, textBox);
        continue;
      }
      const anchorParagraph = textBox ? outer! : paragraph;
      if (name === 't') {
        const text = node.textContent ?? '';
        for (let index = 0; index < text.length; index++) push(text[index]!, node, index, anchorParagraph, textBox);
      } else if (name === 'tab' && isW(node.parentNode, 'r')) push('\t', node, 0, anchorParagraph, textBox);
      else if ((name === 'br' || name === 'cr') && isW(node.parentNode, 'r')) push('\n', node, 0, anchorParagraph, textBox);
      else if (name === 'noBreakHyphen') push('-', node, 0, anchorParagraph, textBox);
      else walk(node, paragraph, outer, textBox);
    }
  };
  walk(root, null, null, false);
  story.text = chars.join('');
  return story;
}
