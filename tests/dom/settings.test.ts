import { describe, expect, it } from 'vitest';
import {
  CONFIG_KEY,
  ignorePhrase,
  listSites,
  loadConfig,
  loadSite,
  memoryArea,
  originOf,
  saveConfig,
  setAutoCheck,
  unignorePhrase,
} from '../../shared/dom/settings.ts';
import { ConfigError } from '../../shared/config/index.ts';

describe('extension settings', () => {
  it('keeps ignored phrases per site, without duplicates, and can undo them', async () => {
    const area = memoryArea();
    await ignorePhrase(area, 'https://consult.example.gov.uk/a', 'Best  Value');
    await ignorePhrase(area, 'https://consult.example.gov.uk/b', 'best value');
    expect((await loadSite(area, 'https://consult.example.gov.uk/other')).ignoredPhrases).toEqual(['Best Value']);
    expect((await loadSite(area, 'https://elsewhere.example.org/')).ignoredPhrases).toEqual([]);
    await unignorePhrase(area, 'https://consult.example.gov.uk/', 'BEST VALUE');
    expect((await loadSite(area, 'https://consult.example.gov.uk/')).ignoredPhrases).toEqual([]);
    // A site with nothing left to remember is removed altogether.
    expect(area.data.size).toBe(0);
  });

  it('turns auto-check on for one site only', async () => {
    const area = memoryArea();
    await setAutoCheck(area, 'https://a.example.org/page', true);
    expect((await loadSite(area, 'https://a.example.org/')).autoCheck).toBe(true);
    expect((await loadSite(area, 'https://b.example.org/')).autoCheck).toBe(false);
    expect(await listSites(area)).toEqual([{ origin: 'https://a.example.org', ignoredPhrases: [], autoCheck: true }]);
  });

  it('stores the config in the CLI format and rejects a bad one with readable messages', async () => {
    const area = memoryArea();
    await saveConfig(area, { profile: 'eastleigh', allowPhrases: ['Best Value'] });
    expect(area.data.get(CONFIG_KEY)).toEqual({ profile: 'eastleigh', allowPhrases: ['Best Value'] });
    expect(await loadConfig(area)).toEqual({ profile: 'eastleigh', allowPhrases: ['Best Value'] });
    await expect(saveConfig(area, { profile: 'nowhere' })).rejects.toThrow(ConfigError);
    await expect(saveConfig(area, { profile: 'nowhere' })).rejects.toThrow(/"profile" is "nowhere"; expected one of/);
    // The bad config was not stored.
    expect((await loadConfig(area)).profile).toBe('eastleigh');
  });

  it('runs on defaults when a stored config no longer validates', async () => {
    expect(await loadConfig(memoryArea({ [CONFIG_KEY]: { colour: 'red' } }))).toEqual({});
  });

  it('reduces an address to its origin', () => {
    expect(originOf('https://consult.example.gov.uk:8443/x?y#z')).toBe('https://consult.example.gov.uk:8443');
    expect(originOf('file:///tmp/page.html')).toBe('file:');
  });
});

describe('matchPatternFor', () => {
  it('asks for one site, on any port, and only for web pages', async () => {
    const { matchPatternFor } = await import('../../shared/dom/settings.ts');
    expect(matchPatternFor('https://consult.example.gov.uk')).toBe('https://consult.example.gov.uk/*');
    expect(matchPatternFor('http://127.0.0.1:4173/page')).toBe('http://127.0.0.1/*');
    expect(matchPatternFor('file:///tmp/x.html')).toBeNull();
    expect(matchPatternFor('not a url')).toBeNull();
  });
});
