/** Structural sharing of validated edits (src/state/share-unchanged.ts). */
import { describe, expect, it } from 'vitest';
import { findPreset } from '../../src/core/scenario/presets';
import { shareUnchanged } from '../../src/state/share-unchanged';
import { readyStore } from './helpers';

describe('shareUnchanged', () => {
  it('keeps the objects of unchanged parts and takes the changed ones', () => {
    const previous = findPreset('trt-restart-protocol')!.scenario;
    const copy = JSON.parse(JSON.stringify(previous)) as typeof previous;
    const next = { ...copy, regimens: copy.regimens.map((r, i) => (i === 2 ? { ...r, dose: 2 } : r)) };
    const shared = shareUnchanged(next, previous);
    expect(shared.regimens[0]).toBe(previous.regimens[0]);
    expect(shared.regimens[2]).not.toBe(previous.regimens[2]);
    expect(shared.regimens[2]!.dose).toBe(2);
    expect(shared.subject).toBe(previous.subject);
    expect(shared).toEqual(next);
  });

  it('lets a dose edit in the store keep every other regimen object', async () => {
    const store = await readyStore();
    store.getState().loadPreset('trt-restart-protocol');
    const before = store.getState().scenario;
    store.getState().updateRegimen(1, { dose: 1.5 });
    const after = store.getState().scenario;
    expect(after.regimens[0]).toBe(before.regimens[0]);
    expect(after.regimens[2]).toBe(before.regimens[2]);
    expect(after.regimens[1]!.dose).toBe(1.5);
    expect(after.subject).toBe(before.subject);
  });
});
