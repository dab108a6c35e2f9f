/** Test helpers for the store: a store with the inline simulator and an in-memory storage. */
import { createAppStore, type AppStore } from '../../src/state/store';
import { createInlineSimulator, type Simulator } from '../../src/state/simulator';
import type { Scenario } from '../../src/core/scenario/types';

/** A Storage in memory; `quotaBytes` makes setItem throw QuotaExceededError past that size. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly quotaBytes = Infinity) {}
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    let size = value.length;
    for (const [k, v] of this.items) if (k !== key) size += v.length;
    if (size > this.quotaBytes) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
}

/** A store whose first simulation has finished. */
export async function readyStore(options: { simulator?: Simulator; storage?: Storage | null; initialScenario?: Scenario } = {}): Promise<AppStore> {
  const store = createAppStore({
    simulator: options.simulator ?? createInlineSimulator(),
    storage: options.storage === undefined ? new MemoryStorage() : options.storage,
    initialScenario: options.initialScenario,
    now: () => new Date('2026-01-02T03:04:05Z'),
  });
  await store.getState().simulateCurrent();
  return store;
}
