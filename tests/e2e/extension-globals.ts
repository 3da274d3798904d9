/**
 * The few extension APIs the tests call inside the service worker or an extension page
 * (through `evaluate`), typed for the test code. They run in the browser, not in Node.
 */
export interface ChromeForTests {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

declare global {
  // eslint-disable-next-line no-var
  var chrome: ChromeForTests;
}
