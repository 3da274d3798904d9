/**
 * Notice that the officer is editing. Docs takes keystrokes in a hidden, same-origin
 * iframe (`.docs-texteventtarget-iframe`), so key events never reach the top document;
 * we listen in that iframe too, attaching when focus moves into it (Docs may replace it).
 * Only the fact that something was typed is used, never what.
 */

const EDIT_EVENTS = ['keydown', 'input', 'paste', 'cut', 'drop'] as const;

export function watchForEdits(root: Document, onEdit: () => void): () => void {
  const attached = new Set<Document>();
  const options = { capture: true, passive: true } as const;

  const attach = (doc: Document | null | undefined) => {
    if (!doc || attached.has(doc)) return;
    attached.add(doc);
    for (const type of EDIT_EVENTS) doc.addEventListener(type, onEdit, options);
  };

  const attachFrame = (frame: Element) => {
    try {
      attach((frame as HTMLIFrameElement).contentDocument);
    } catch {
      // A cross-origin frame: not the one Docs types into.
    }
  };

  attach(root);
  for (const frame of Array.from(root.querySelectorAll('iframe.docs-texteventtarget-iframe'))) attachFrame(frame);
  const onFocus = (event: Event) => {
    if (event.target instanceof Element && event.target.tagName === 'IFRAME') attachFrame(event.target);
  };
  root.addEventListener('focusin', onFocus, options);

  return () => {
    root.removeEventListener('focusin', onFocus, options);
    for (const doc of attached) for (const type of EDIT_EVENTS) doc.removeEventListener(type, onEdit, options);
    attached.clear();
  };
}
