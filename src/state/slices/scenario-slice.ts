/**
 * The scenario slice: the last good scenario, every edit (validated before it
 * is applied), and the one action that derives results from it.
 */
import { getModel } from '../../core/model/registry';
import { DEFAULT_PRESET, findPreset } from '../../core/scenario/presets';
import { summarizeIssues } from '../../core/scenario/issue';
import { parseScenario, parseScenarioText } from '../../core/scenario/validate';
import type { ScenarioSlice, SliceCreator, StoreDeps } from '../store-types';
import { defaultCursorDay } from './view-slice';
import { withAgent, withCondition, withConditionOnset, withDays, withExtraRegimen, withExplicitPulses, withModel, withoutRegimen, withRegimenPatch } from '../scenario-edits';
import { asEdit, sameRun } from '../scenario-title';
import { shareUnchanged } from '../share-unchanged';
import { hiddenForFocus } from '../selectors';

/** The default scenario the app opens with and Reset All returns to. */
export const DEFAULT_SCENARIO = DEFAULT_PRESET.scenario;

export function createScenarioSlice(deps: StoreDeps): SliceCreator<ScenarioSlice> {
  return (set, get) => {
    let latestRun = 0;
    // The output spacing before explicit pulses were turned on, restored when they are turned off.
    let spacingBeforePulses: number | undefined;
    const edit = (candidate: unknown): boolean => get().applyScenario(candidate);
    const initial = deps.initialScenario ?? DEFAULT_SCENARIO;
    return {
      scenario: initial,
      presetId: deps.initialScenario === undefined ? DEFAULT_PRESET.id : null,
      presetEdited: false,
      issues: [],
      warnings: [],
      result: null,
      running: false,
      runError: null,

      applyScenario(candidate, origin = {}) {
        const parsed = parseScenario(candidate, getModel);
        if (!parsed.ok) {
          set({ issues: parsed.errors });
          return false;
        }
        const { cursorDay, scenario: previous, presetId, presetEdited } = get();
        let scenario = parsed.scenario;
        let edited = false;
        // A scenario loaded whole (preset, file, lesson, another axis) has no spacing of ours to restore.
        if (origin.presetId !== undefined) spacingBeforePulses = undefined;
        if (origin.presetId === undefined) {
          // An edit: named after what it was edited from, so no label describes the scenario it no longer is.
          const preset = presetId === null ? undefined : findPreset(presetId);
          if (preset !== undefined && sameRun(scenario, preset.scenario)) scenario = preset.scenario;
          else if (sameRun(scenario, previous)) {
            scenario = previous;
            edited = presetEdited;
          } else {
            scenario = shareUnchanged(asEdit(scenario, preset?.title ?? previous.name), previous);
            edited = true;
          }
        }
        set({
          scenario,
          issues: [],
          warnings: parsed.warnings,
          cursorDay: Math.min(cursorDay, scenario.days),
          ...(origin.presetId === undefined ? { presetEdited: edited } : { presetId: origin.presetId, presetEdited: false }),
        });
        if (origin.message !== undefined) get().notify('info', origin.message);
        void get().simulateCurrent();
        return true;
      },

      toggleAgent: (agent, on) => edit(withAgent(get().scenario, agent, on)),
      addRegimen: (agent) => edit(withExtraRegimen(get().scenario, agent)),
      updateRegimen: (index, patch) => edit(withRegimenPatch(get().scenario, index, patch)),
      removeRegimen: (index) => edit(withoutRegimen(get().scenario, index)),
      setCondition: (id, on) => edit(withCondition(get().scenario, id, on)),
      setDays: (days) => edit(withDays(get().scenario, days)),
      setConditionOnset: (id, fromDay) => edit(withConditionOnset(get().scenario, id, fromDay)),
      setExplicitPulses(on) {
        const before = get().scenario.output.everyHours;
        const ok = edit(withExplicitPulses(get().scenario, on, spacingBeforePulses));
        if (ok) spacingBeforePulses = on ? before : undefined;
        return ok;
      },

      setModel(id) {
        const current = get().scenario;
        if (current.model === id) return true;
        const { scenario, dropped } = withModel(current, id);
        const note = dropped.length > 0 ? ` Removed what it does not include: ${dropped.join(', ')}.` : '';
        // A scenario of another axis is the user's own, not an edit of the old axis' preset.
        return get().applyScenario(scenario, { presetId: null, message: `Switched to the model “${getModel(id).name}”.${note}` });
      },

      loadPreset(id) {
        const preset = findPreset(id);
        if (preset === undefined) {
          get().notify('error', `There is no preset “${id}”.`);
          return false;
        }
        const ok = get().applyScenario(preset.scenario, { presetId: preset.id, message: `Loaded the preset “${preset.title}”.` });
        if (ok) set({ cursorDay: defaultCursorDay(preset.scenario.days), hiddenSeries: hiddenForFocus(preset.scenario.model, preset.focus) });
        return ok;
      },

      loadScenarioText(text, source) {
        const parsed = parseScenarioText(text, getModel);
        if (!parsed.ok) {
          get().notify('error', `Could not open ${source}: ${summarizeIssues(parsed.errors, parsed.errorCount)}. The current scenario is kept.`);
          return false;
        }
        const ok = get().applyScenario(parsed.scenario, { presetId: null, message: `Opened ${source}: “${parsed.scenario.name}”.` });
        if (ok) set({ cursorDay: defaultCursorDay(parsed.scenario.days) });
        return ok;
      },

      resetAll() {
        set({
          scenario: DEFAULT_SCENARIO,
          presetId: DEFAULT_PRESET.id,
          presetEdited: false,
          issues: [],
          warnings: [],
          pinned: null,
          hiddenSeries: hiddenForFocus(DEFAULT_SCENARIO.model, DEFAULT_PRESET.focus),
          readoutPinned: false,
          scale: 'linear',
          cursorDay: defaultCursorDay(DEFAULT_SCENARIO.days),
        });
        get().notify('info', 'Reset: back to the default scenario.');
        void get().simulateCurrent();
      },

      async simulateCurrent() {
        const run = ++latestRun;
        const { scenario } = get();
        set({ running: true });
        const outcome = await deps.simulator.run(scenario);
        if (run !== latestRun || outcome.kind === 'superseded') return;
        switch (outcome.kind) {
          case 'done':
            set({ result: outcome.result, running: false, runError: null });
            break;
          case 'failed':
            set({ running: false, runError: outcome.message });
            break;
        }
      },
    };
  };
}
