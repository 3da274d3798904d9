/**
 * Notice that the officer is editing. Docs takes keystrokes in a hidden, same-origin
 * iframe (`.docs-texteventtarget-iframe`), so key events never reach the top document;
 * we listen in that iframe too: found when the page is parsed, or when focus moves into a
 * frame (Docs may build or replace it later).
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

  const scan = () => {
    for (const frame of Array.from(root.querySelectorAll('iframe.docs-texteventtarget-iframe'))) attachFrame(frame);
  };
  // When focus moves into a frame, the top window loses focus and the frame becomes the active element.
  const onBlur = () => {
    const active = root.activeElement;
    if (active && active.tagName === 'IFRAME') attachFrame(active);
  };
  attach(root);
  scan();
  // This may run at document_start, before Docs has built its frame.
  root.addEventListener('DOMContentLoaded', scan, options);
  const win = root.defaultView;
  win?.addEventListener('blur', onBlur, options);

  return () => {
    root.removeEventListener('DOMContentLoaded', scan, options);
    win?.removeEventListener('blur', onBlur, options);
    for (const doc of attached) for (const type of EDIT_EVENTS) doc.removeEventListener(type, onEdit, options);
    attached.clear();
  };
}
