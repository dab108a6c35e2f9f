// @vitest-environment happy-dom
/** URL sync (src/state/url-sync.ts): the hash always holds the scenario; links open it; bad links are reported. */
import { describe, expect, it } from 'vitest';
import { encodeScenarioHash } from '../../src/core/scenario/url-codec';
import { DEFAULT_PRESET } from '../../src/core/scenario/presets';
import { connectUrlSync, URL_WRITE_DELAY_MS, type UrlHost } from '../../src/state/url-sync';
import { readyStore } from './helpers';

function fakeHost(hash: string): UrlHost & { fire(): void; setHash(h: string): void; written: string[] } {
  let current = hash;
  const listeners: (() => void)[] = [];
  const written: string[] = [];
  return {
    written,
    location: {
      get hash() {
        return current;
      },
      get href() {
        return `http://app.test/${current}`;
      },
    },
    history: {
      replaceState(_data, _unused, url) {
        current = `#${(url ?? '').split('#')[1] ?? ''}`;
        written.push(url ?? '');
      },
    },
    addEventListener: (_type, listener) => void listeners.push(listener),
    removeEventListener: () => {},
    fire: () => listeners.forEach((l) => l()),
    setHash: (h: string) => {
      current = h;
    },
  };
}

describe('connectUrlSync', () => {
  it('opens the scenario of the link and keeps the hash in step with edits', async () => {
    const store = await readyStore();
    const shared = { ...DEFAULT_PRESET.scenario, name: 'Shared run', days: 120 };
    const host = fakeHost(encodeScenarioHash(shared));
    connectUrlSync(store, host);
    expect(store.getState().scenario.name).toBe('Shared run');
    expect(store.getState().scenario.days).toBe(120);
    store.getState().setDays(149);
    store.getState().setDays(150);
    const count = host.written.length;
    await new Promise((resolve) => setTimeout(resolve, URL_WRITE_DELAY_MS + 50));
    expect(host.written.length).toBe(count + 1);
    expect(host.written.at(-1)).toBe(`http://app.test/${encodeScenarioHash(store.getState().scenario)}`);
  });

  it('reports a corrupted link and keeps the good scenario', async () => {
    const store = await readyStore();
    const host = fakeHost('#s=1.eyJuYW1lIjoi');
    connectUrlSync(store, host);
    expect(store.getState().scenario).toBe(DEFAULT_PRESET.scenario);
    expect(store.getState().status).toMatchObject({ kind: 'error', text: expect.stringMatching(/could not be opened: the link is damaged/) });
    expect(host.location.hash).toBe(encodeScenarioHash(DEFAULT_PRESET.scenario));
  });

  it('follows a link pasted into the address bar', async () => {
    const store = await readyStore();
    const host = fakeHost('');
    connectUrlSync(store, host);
    host.setHash(encodeScenarioHash({ ...DEFAULT_PRESET.scenario, name: 'Pasted' }));
    host.fire();
    expect(store.getState().scenario.name).toBe('Pasted');
  });

  it('puts the good scenario back in the address bar after a damaged link is pasted (issue 13, case 7)', async () => {
    const store = await readyStore();
    const host = fakeHost('');
    connectUrlSync(store, host);
    const good = host.location.hash;
    for (const bad of ['#s=1.eyJuYW1lIjoi', '#s=9.abc', `#s=1.${'A'.repeat(50)}`]) {
      host.setHash(bad);
      host.fire();
      expect(store.getState().status?.kind).toBe('error');
      // "Copy link" must share the scenario on screen, not the broken link.
      expect(host.location.hash).toBe(good);
    }
  });
});
