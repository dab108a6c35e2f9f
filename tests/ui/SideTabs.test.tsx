// @vitest-environment happy-dom
/**
 * The side tabs: the Share tab is marked, and described for screen readers,
 * while saves in this browser could not be read, and the mark goes with the
 * last of them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { SideTabs } from '../../src/ui/SideTabs';
import { StoreProvider } from '../../src/state/use-app-store';
import { MemoryStorage, readyStore } from '../state/helpers';

afterEach(cleanup);

/** A store whose saves key holds `count` entries with no name (unreadable). */
async function storeWithUnreadable(count: number) {
  const storage = new MemoryStorage();
  const entry = { savedAt: '2026-01-01T00:00:00Z', scenario: { format: 'gonadostat-scenario/1', name: 'Nameless', model: 'male-hpg', days: 90 } };
  storage.setItem('gonadostat:saves', JSON.stringify({ format: 'gonadostat-saves/1', saves: Array.from({ length: count }, () => entry) }));
  return readyStore({ storage });
}

function renderTabs(store: Awaited<ReturnType<typeof readyStore>>): void {
  render(
    <StoreProvider store={store}>
      <SideTabs />
    </StoreProvider>,
  );
}

describe('SideTabs', () => {
  it('leaves the Share tab unmarked when every save can be read', async () => {
    renderTabs(await readyStore());
    const share = screen.getByRole('tab', { name: 'Share' });
    expect(share.getAttribute('aria-describedby')).toBeNull();
    expect(share.querySelector('.tab-flag')).toBeNull();
  });

  it('marks and describes the Share tab while saves could not be read, until the last is deleted', async () => {
    const store = await storeWithUnreadable(2);
    renderTabs(store);
    const share = screen.getByRole('tab', { name: 'Share' });
    expect(share.querySelector('.tab-flag')).not.toBeNull();
    const note = document.getElementById(share.getAttribute('aria-describedby')!);
    expect(note?.textContent).toBe('2 saves in this browser could not be read');
    const ids = store.getState().saves.unreadable.map((u) => u.id);
    act(() => store.getState().deleteUnreadableSave(ids[0]!));
    expect(document.getElementById('share-tab-note')?.textContent).toBe('1 save in this browser could not be read');
    act(() => store.getState().deleteUnreadableSave(store.getState().saves.unreadable[0]!.id));
    expect(share.getAttribute('aria-describedby')).toBeNull();
    expect(share.querySelector('.tab-flag')).toBeNull();
  });
});
