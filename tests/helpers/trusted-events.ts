/**
 * Events as the browser makes them for a person. happy-dom has no `isTrusted` (it reads as
 * undefined, like a page script's synthetic event), so code that acts only on trusted events
 * needs these in unit tests; a real browser (the e2e tests) makes them itself.
 */
export function asPerson<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A person's click on the element. */
export function personClicks(target: Element): void {
  target.dispatchEvent(asPerson(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0 })));
}
