import { describe, expect, it } from 'vitest';
import { createListener, request, type BackgroundApi } from '../../shared/dom/messages.ts';

/** A transport that delivers to a listener the way runtime.onMessage does. */
function transportTo(listener: ReturnType<typeof createListener<BackgroundApi, { tab?: { id: number } }>>) {
  return (message: unknown) =>
    new Promise<unknown>((resolve) => {
      const handled = listener(message, { tab: { id: 7 } }, resolve);
      if (handled !== true) resolve(undefined);
    });
}

describe('typed messages', () => {
  it('routes a request to its handler and returns the answer', async () => {
    const listener = createListener<BackgroundApi, { tab?: { id: number } }>({
      'get-site': async ({ url }, sender) => ({ origin: `${new URL(url).origin}#${sender.tab?.id}`, autoCheck: false, ignoredPhrases: [] }),
    });
    const site = await request<BackgroundApi, 'get-site'>(transportTo(listener), { type: 'get-site', url: 'https://a.example.org/x' });
    expect(site.origin).toBe('https://a.example.org#7');
  });

  it('passes a handler error back to the sender as an error', async () => {
    const listener = createListener<BackgroundApi, object>({
      'check-tab': () => {
        throw new Error('That tab has closed.');
      },
    });
    await expect(request<BackgroundApi, 'check-tab'>(transportTo(listener), { type: 'check-tab', tabId: 1 })).rejects.toThrow('That tab has closed.');
  });

  it('leaves messages it has no handler for to other listeners', async () => {
    const listener = createListener<BackgroundApi, object>({ hello: () => ({ autoCheck: true }) });
    expect(listener({ type: 'results-changed' }, {}, () => undefined)).toBeUndefined();
    expect(listener('not a message', {}, () => undefined)).toBeUndefined();
    await expect(request<BackgroundApi, 'lint'>(transportTo(listener), { type: 'lint', text: '', headings: [], url: '' })).rejects.toThrow(/not listening/);
  });
});
