/**
 * The side panel's first screen. A newcomer opening the panel on a council page should see,
 * without scrolling (a 1280×720 window, a 400-pixel panel), the one-sentence verdict and the
 * first Compact breach. So what is secondary folds into disclosures (real <details>, which
 * work by keyboard and screen reader): the counts, the table of checks and how dates were
 * read; the consultation's dates (its verdict stays in the disclosure's one-line name); and
 * what part of the page was read, with the switch to check the whole page.
 */

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function disclosure(className: string, label: string, content: HTMLElement[]): HTMLDetailsElement {
  const details = el('details', `fold ${className}`);
  details.append(el('summary', undefined, label));
  for (const node of content) details.append(node);
  return details;
}

/**
 * renderSummary's parts, folded: the verdict first and open; then "Consultation timescale:
 * <its verdict>" over the dates; then "Counts, checks and dates" over the rest. `open` keeps
 * a disclosure the reader opened open when the panel redraws.
 */
export function foldSummary(parts: HTMLElement[], open: ReadonlySet<string> = new Set()): HTMLElement[] {
  const verdict = parts.filter((part) => part.classList.contains('page-verdict'));
  const consultation = parts.find((part) => part.classList.contains('consultation'));
  const rest = parts.filter((part) => !verdict.includes(part) && part !== consultation);
  const folded: HTMLElement[] = [...verdict];
  if (consultation) {
    const timescale = consultation.querySelector('.verdict')?.textContent;
    // The heading moves into the disclosure's name; the facts stay as they were.
    consultation.querySelector('h3')?.remove();
    folded.push(disclosure('fold-consultation', timescale ? `Consultation timescale: ${timescale}` : 'Consultation timescale', [consultation]));
  }
  if (rest.length) folded.push(disclosure('fold-counts', 'Counts, checks and how dates were read', rest));
  for (const details of folded) {
    if (details instanceof HTMLDetailsElement && open.has(details.className)) details.open = true;
  }
  return folded;
}

/** The disclosures the reader has open now (by class), to keep them open across a redraw. */
export function openFolds(holder: HTMLElement): Set<string> {
  return new Set(Array.from(holder.querySelectorAll<HTMLDetailsElement>('details.fold[open]'), (details) => details.className));
}

/** The one-line name of "what was read": the whole page, or its main content. */
export function scopeLabel(wholePage: boolean): string {
  // `wholePage` is what the switch would do next: true means the main content was read.
  return wholePage ? 'Read: the main content only' : 'Read: the whole page';
}
