/**
 * The shape of the app's store: one record built from typed slices
 * (scenario, view, compare, saves) plus the dependencies the store is made with.
 */
import type { AgentId, ConditionId, ModelId } from '../core/model/ids';
import type { ScenarioIssue } from '../core/scenario/issue';
import type { Scenario } from '../core/scenario/types';
import type { SimulationResult } from '../core/simulate';
import type { StateCreator } from 'zustand/vanilla';
import type { CommittedPrediction, ProgressSnapshot } from './lesson-progress';
import type { ClassroomSlice, ResearchSlice } from './research-types';
import type { SavesSnapshot } from './saved-scenarios';
import type { RegimenPatch } from './scenario-edits';
import type { Simulator } from './simulator';
import type { SweepWorkerFactory } from './sweep-pool';

/** Where an applied scenario came from, for the status message and the preset note. */
export interface ApplyOrigin {
  /** The preset it is, or null when it is not (or no longer) a preset. Unchanged when omitted. */
  readonly presetId?: string | null;
  /** Status message to show when it is applied. */
  readonly message?: string;
}

/** The scenario being edited and the simulation derived from it. */
export interface ScenarioSlice {
  /** The last good (validated) scenario. Invalid edits never replace it. */
  readonly scenario: Scenario;
  /** The preset the scenario came from, if any, and whether it has been edited since. */
  readonly presetId: string | null;
  readonly presetEdited: boolean;
  /** Problems with the last rejected edit, by JSON path (shown next to the field). */
  readonly issues: readonly ScenarioIssue[];
  /** Validation warnings of the current scenario. */
  readonly warnings: readonly string[];
  /** The latest simulation of the scenario (full resolution; charts downsample). */
  readonly result: SimulationResult | null;
  readonly running: boolean;
  /** Why the latest simulation failed; the previous result stays shown, marked as such. */
  readonly runError: string | null;
  applyScenario(candidate: unknown, origin?: ApplyOrigin): boolean;
  toggleAgent(agent: AgentId, on: boolean): boolean;
  addRegimen(agent: AgentId): boolean;
  updateRegimen(index: number, patch: RegimenPatch): boolean;
  removeRegimen(index: number): boolean;
  setCondition(id: ConditionId, on: boolean): boolean;
  setDays(days: number): boolean;
  /** Sets the onset day of a present condition (0 = from the start). */
  setConditionOnset(id: ConditionId, fromDay: number): boolean;
  /** The model's explicit pulses (GnRH or GH) on or off (models that have them, windows up to their limit). */
  setExplicitPulses(on: boolean): boolean;
  setModel(id: ModelId): boolean;
  loadPreset(id: string): boolean;
  /** Reads a scenario file's text (the CLI's format); `source` names it in messages. */
  loadScenarioText(text: string, source: string): boolean;
  /** Back to the default scenario and view, compare cleared. */
  resetAll(): void;
  /** Re-simulates the current scenario (the one action that derives results). */
  simulateCurrent(): Promise<void>;
}

/** A message for the status region. */
export interface StatusMessage {
  readonly kind: 'info' | 'success' | 'error';
  readonly text: string;
  /** Increments with every message, so repeating a message announces it again. */
  readonly seq: number;
}

/** The tabs of secondary material beside the play area. */
export type SideTab = 'lab' | 'why' | 'recovery' | 'share' | 'research';

/** Display choices shared by every chart, the diagram and the lab panel. */
export interface ViewSlice {
  /** Outputs not drawn (a preset's or lesson's focus hides the others). */
  readonly hiddenSeries: readonly string[];
  readonly scale: 'linear' | 'log';
  /** The shared time cursor, days. */
  readonly cursorDay: number;
  /** The charts' value readout stays at the cursor (a click on a chart pins it there). */
  readonly readoutPinned: boolean;
  /** The open tab of secondary material. */
  readonly sideTab: SideTab;
  readonly status: StatusMessage | null;
  setSeriesVisible(id: string, visible: boolean): void;
  setScale(scale: 'linear' | 'log'): void;
  setCursorDay(day: number): void;
  /** Shows only these outputs of the current model. */
  focusSeries(ids: readonly string[]): void;
  setReadoutPinned(pinned: boolean): void;
  setSideTab(tab: SideTab): void;
  notify(kind: StatusMessage['kind'], text: string): void;
}

/** A pinned run shown as a muted overlay. */
export interface PinnedRun {
  readonly label: string;
  readonly result: SimulationResult;
}

/** Compare: one pinned run beside the current one. */
export interface CompareSlice {
  readonly pinned: PinnedRun | null;
  pin(): void;
  unpin(): void;
}

/** Named saves in localStorage. */
export interface SavesSlice {
  readonly saves: SavesSnapshot;
  refreshSaves(): void;
  saveAs(name: string): boolean;
  loadSave(name: string): boolean;
  deleteSave(name: string): boolean;
  /** Deletes one stored entry that could not be read (by UnreadableSave.id). */
  deleteUnreadableSave(id: string): boolean;
}

/** A scored lesson run (score 0–100; `correct` for choice questions, else null). */
export interface LessonOutcome {
  readonly lessonId: string;
  readonly prediction: CommittedPrediction;
  readonly score: number;
  readonly sentence: string;
  readonly correct: boolean | null;
  /** The run it was scored against (kept, so later edits do not redraw the lesson's result). */
  readonly result: SimulationResult;
  /** The scenario the lesson loaded; the charts show the lesson's run while it is still the store's scenario. */
  readonly scenario: Scenario;
}

/** Guided lessons: the open lesson, its phase, the committed prediction and score, stored progress. */
export interface LessonSlice {
  /** The open lesson, or null when none is. */
  readonly lessonId: string | null;
  readonly lessonPhase: 'predict' | 'running' | 'result';
  /** The prediction committed in this attempt (locked once committed). */
  readonly lessonPrediction: CommittedPrediction | null;
  readonly lessonOutcome: LessonOutcome | null;
  readonly lessonProgress: ProgressSnapshot;
  openLesson(id: string): void;
  commitPrediction(prediction: CommittedPrediction): void;
  /** Loads the lesson's scenario, waits for its run and scores the prediction. */
  runLesson(): Promise<void>;
  /** Back to predicting the open lesson. */
  retryLesson(): void;
  /** Closes the lesson; the scenario stays loaded and editable. */
  leaveLesson(): void;
}

/** The glossary dialog: open or not, and the term it shows. */
export interface GlossarySlice {
  readonly glossaryOpen: boolean;
  readonly glossaryTermId: string | null;
  openGlossary(termId?: string | null): void;
  closeGlossary(): void;
}

/** The whole store. */
export type AppState = ScenarioSlice & ViewSlice & CompareSlice & SavesSlice & LessonSlice & GlossarySlice & ResearchSlice & ClassroomSlice;

/** What a store is made with (tests pass fakes). */
export interface StoreDeps {
  readonly simulator: Simulator;
  readonly storage: Storage | null;
  /** The scenario to start from (default: the default preset). */
  readonly initialScenario?: Scenario;
  readonly now?: () => Date;
  /** Makes the sweep workers (default: module web workers; tests pass fakes). */
  readonly sweepWorkers?: SweepWorkerFactory;
}

/** A slice creator of the app store. */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
