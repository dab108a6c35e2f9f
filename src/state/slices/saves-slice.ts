/** The saves slice: named scenarios in localStorage (see saved-scenarios.ts for what is guaranteed). */
import { getModel } from '../../core/model/registry';
import { defaultCursorDay } from './view-slice';
import { deleteSave, deleteUnreadableSave, readSaves, saveScenario } from '../saved-scenarios';
import type { SavesSlice, SliceCreator, StoreDeps } from '../store-types';

export function createSavesSlice(deps: StoreDeps): SliceCreator<SavesSlice> {
  const now = deps.now ?? (() => new Date());
  return (set, get) => ({
    saves: readSaves(deps.storage, getModel),
    refreshSaves() {
      const saves = readSaves(deps.storage, getModel);
      set({ saves });
      if (saves.problem !== null) get().notify('error', `Saved scenarios: ${saves.problem}.`);
    },
    saveAs(name) {
      const outcome = saveScenario(deps.storage, getModel, name, { ...get().scenario, name: name.trim() || get().scenario.name }, now());
      if (!outcome.ok) {
        get().notify('error', outcome.message);
        return false;
      }
      set({ saves: outcome.snapshot });
      get().notify('success', `Saved “${name.trim()}” in this browser.${outcome.note === undefined ? '' : ` ${outcome.note}`}`);
      return true;
    },
    loadSave(name) {
      const save = get().saves.saves.find((s) => s.name === name);
      if (save === undefined) {
        get().notify('error', `There is no readable save called “${name}”.`);
        return false;
      }
      const ok = get().applyScenario(save.scenario, { presetId: null, message: `Opened the save “${name}”.` });
      if (ok) get().setCursorDay(defaultCursorDay(save.scenario.days));
      return ok;
    },
    deleteSave(name) {
      const outcome = deleteSave(deps.storage, getModel, name);
      if (!outcome.ok) {
        get().notify('error', outcome.message);
        return false;
      }
      set({ saves: outcome.snapshot });
      get().notify('info', `Deleted the save “${name}”.`);
      return true;
    },
    deleteUnreadableSave(id) {
      const entry = get().saves.unreadable.find((u) => u.id === id);
      const outcome = deleteUnreadableSave(deps.storage, getModel, id);
      if (!outcome.ok) {
        get().notify('error', outcome.message);
        return false;
      }
      set({ saves: outcome.snapshot });
      get().notify('info', `Deleted the unreadable save “${entry?.label ?? 'unknown'}”.`);
      return true;
    },
  });
}
