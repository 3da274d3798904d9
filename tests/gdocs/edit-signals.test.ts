// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { watchForEdits } from '../../shared/dom/google-docs/edit-signals.ts';

describe('watchForEdits', () => {
  it('notices typing, pasting and cutting in the page, and stops when told', () => {
    document.body.innerHTML = '<div contenteditable="true"></div>';
    const onEdit = vi.fn();
    const stop = watchForEdits(document, onEdit);
    for (const type of ['keydown', 'paste', 'cut', 'input']) document.body.firstElementChild!.dispatchEvent(new Event(type, { bubbles: true }));
    expect(onEdit).toHaveBeenCalledTimes(4);
    stop();
    document.body.firstElementChild!.dispatchEvent(new Event('keydown', { bubbles: true }));
    expect(onEdit).toHaveBeenCalledTimes(4);
  });

  it('ignores events that are not edits', () => {
    const onEdit = vi.fn();
    const stop = watchForEdits(document, onEdit);
    document.body.dispatchEvent(new Event('click', { bubbles: true }));
    document.body.dispatchEvent(new Event('scroll', { bubbles: true }));
    expect(onEdit).not.toHaveBeenCalled();
    stop();
  });
});
