// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageResults } from '../../shared/dom/messages.ts';
import { DocsPanel, WHEN_CHECKED, type WatchPort } from '../../shared/dom/google-docs/panel-section.ts';
import type { GoogleDocsResults } from '../../shared/dom/google-docs/results.ts';
import { describeProblem } from '../../shared/dom/google-docs/states.ts';

import { DOC_URL, docsResults as results } from './docs-results.ts';

function fakePort(): WatchPort & { disconnected: boolean; fireDisconnect(): void } {
  const listeners: (() => void)[] = [];
  return {
    disconnected: false,
    disconnect() {
      this.disconnected = true;
    },
    onDisconnect: { addListener: (callback) => listeners.push(callback) },
    fireDisconnect: () => listeners.forEach((listener) => listener()),
  };
}

describe('DocsPanel', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <button id="check">Check this page</button>
      <p><label><input id="auto-check" type="checkbox"> Check pages automatically</label></p>
      <p id="status"></p>
      <section id="findings"><p class="hint">Choose a finding to show it in the page.</p>
        <div id="findings-body"><ol>
          <li><button class="finding" data-index="0">one</button></li>
          <li><button class="finding" data-index="1">two</button></li>
        </ol></div>
      </section>`;
  });

  it('keeps one port open to a Docs tab, and closes it when the panel moves to another tab', () => {
    const ports: ReturnType<typeof fakePort>[] = [];
    const connect = vi.fn((_tab: number, _name: string) => {
      const port = fakePort();
      ports.push(port);
      return port;
    });
    const panel = new DocsPanel({ connect, announce: () => undefined });
    panel.follow(7, DOC_URL);
    panel.follow(7, DOC_URL);
    expect(connect).toHaveBeenCalledTimes(1);
    expect(connect).toHaveBeenCalledWith(7, 'compact-proof:gdocs-watch');
    panel.follow(8, 'https://www.example.gov.uk/consultation');
    expect(ports[0]!.disconnected).toBe(true);
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('keeps trying to connect while the Docs tab is still loading, then stops when the panel moves on', async () => {
    vi.useFakeTimers();
    try {
      const ports: ReturnType<typeof fakePort>[] = [];
      const connect = vi.fn(() => {
        const port = fakePort();
        ports.push(port);
        return port;
      });
      const panel = new DocsPanel({ connect, announce: () => undefined });
      panel.follow(7, DOC_URL);
      // No content script yet: Chrome disconnects the port at once.
      ports[0]!.fireDisconnect();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(connect).toHaveBeenCalledTimes(2);
      ports[1]!.fireDisconnect();
      panel.follow(8, 'https://www.example.gov.uk/');
      await vi.advanceTimersByTimeAsync(60_000);
      expect(connect).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows when it last checked, and adds each finding’s sentence with “Copy sentence”', async () => {
    const copied: string[] = [];
    const announced: string[] = [];
    const panel = new DocsPanel({ connect: () => fakePort(), announce: (m) => announced.push(m), copy: async (text) => void copied.push(text) });
    panel.render(results());
    const section = document.getElementById('gdocs')!;
    expect(section.previousElementSibling?.id).toBe('status');
    expect(section.querySelector('.gdocs-checked')?.textContent).toMatch(/^Last checked at \d\d:\d\d:\d\d \(1,234 words\)\.$/);
    expect(section.querySelector('.gdocs-problem')).toBeNull();
    const quotes = [...document.querySelectorAll('.gdocs-sentence blockquote')].map((node) => node.textContent);
    expect(quotes).toEqual(['The grant to the lunch club will end on 31 March 2025.', 'We will consult for six weeks.']);
    (document.querySelectorAll('.gdocs-copy')[1] as HTMLButtonElement).click();
    await vi.waitFor(() => expect(copied).toEqual(['We will consult for six weeks.']));
    expect(announced.at(-1)).toMatch(/Sentence copied/);
    expect(document.querySelector('#findings .hint')?.textContent).toMatch(/Find \(Ctrl\+F/);
    // Rendering again does not add the sentences twice.
    panel.render(results());
    expect(document.querySelectorAll('.gdocs-sentence').length).toBe(2);
  });

  it('shows a problem with what to do first, keeps the earlier findings out of sight until asked, and leaves the status line to it', () => {
    const panel = new DocsPanel({ connect: () => fakePort(), announce: () => undefined });
    let redraws = 0;
    const stale = results({ state: 'signed-out', problem: describeProblem('signed-out'), stale: true });
    panel.onRerender(() => {
      redraws += 1;
      panel.render(stale);
    });
    panel.render(stale);
    const box = document.querySelector('.gdocs-problem') as HTMLElement;
    expect(box.dataset.state).toBe('signed-out');
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.querySelector('h3')!.textContent).toBe('Signed out of Google');
    expect(box.querySelector('h3 + p')!.textContent).toMatch(/^Sign in to Google in this browser/);
    // No old "Last checked" line and no second copy of the message in the status line.
    expect(document.querySelector('.gdocs-checked')).toBeNull();
    expect(panel.statusLine(stale)).toBe('');
    expect((document.getElementById('findings') as HTMLElement).hidden).toBe(true);
    const toggle = box.querySelector('button.gdocs-stale-toggle') as HTMLButtonElement;
    expect(toggle.textContent).toMatch(/^Show the findings from the earlier check, at \d\d:\d\d:\d\d$/);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    (document.getElementById('findings') as HTMLElement).hidden = false; // as the panel's own render does
    toggle.click();
    expect(redraws).toBe(1);
    expect((document.getElementById('findings') as HTMLElement).hidden).toBe(false);
    expect(document.querySelector('button.gdocs-stale-toggle')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('choosing a finding on a Doc copies its sentence; on a web page it is left to the panel', async () => {
    const copied: string[] = [];
    const panel = new DocsPanel({ connect: () => fakePort(), announce: () => undefined, copy: async (text) => void copied.push(text) });
    expect(panel.choose(results(), 0)).toBe(true);
    await vi.waitFor(() => expect(copied).toEqual(['The grant to the lunch club will end on 31 March 2025.']));
    const webPage = { ...results(), googleDocs: undefined } as unknown as PageResults;
    expect(panel.choose(webPage, 0)).toBe(false);
  });

  it('says it checks only while the tab is on screen, never “while this tab is open”', () => {
    const panel = new DocsPanel({ connect: () => fakePort(), announce: () => undefined });
    panel.render(results());
    const text = document.getElementById('gdocs')!.textContent!;
    expect(text).toContain(WHEN_CHECKED);
    expect(text).toContain('every minute while this tab is on screen');
    expect(text).not.toMatch(/while this tab is open/);
    expect(text).toMatch(/another tab or the window is minimised/);
  });

  it('puts the web-page wording back when the panel moves from a Doc to a web page', () => {
    const panel = new DocsPanel({ connect: () => fakePort(), announce: () => undefined });
    const check = document.getElementById('check')!;
    const hint = document.querySelector('#findings .hint')!;
    panel.follow(7, DOC_URL);
    panel.render(results());
    expect(check.textContent).toBe('Check again');
    expect(hint.textContent).toMatch(/Copy sentence.*Ctrl\+F/);

    // The next tab is a web page: not yet checked, then checked.
    panel.follow(8, 'https://www.example.gov.uk/consultation');
    panel.render(null);
    expect(check.textContent).toBe('Check this page');
    expect(hint.textContent).toBe('Choose a finding to show it in the page.');
    const webPage = { ...results(), page: { title: 'Consultation', url: 'https://www.example.gov.uk/consultation' }, googleDocs: undefined } as unknown as PageResults;
    panel.render(webPage);
    expect(check.textContent).toBe('Check this page');
    expect(hint.textContent).toBe('Choose a finding to show it in the page.');

    // Back to the Doc: the Docs wording again, as soon as the tab's address says it is a Doc.
    panel.follow(7, DOC_URL);
    panel.render(null);
    expect(check.textContent).toBe('Check again');
    expect((document.getElementById('auto-check')!.closest('p') as HTMLElement).hidden).toBe(true);
  });

  it('hides auto-check on a Doc, and removes its section when the panel shows a web page', () => {
    const panel = new DocsPanel({ connect: () => fakePort(), announce: () => undefined });
    panel.render(results());
    expect(document.getElementById('gdocs')).not.toBeNull();
    expect((document.getElementById('auto-check')!.closest('p') as HTMLElement).hidden).toBe(true);
    panel.render(null);
    expect(document.getElementById('gdocs')).toBeNull();
    expect((document.getElementById('auto-check')!.closest('p') as HTMLElement).hidden).toBe(false);
  });
});
