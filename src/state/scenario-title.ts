/**
 * What the scenario is called, so that every label (the heading, the recovery
 * tables, a pinned run, a saved file, a share link) says what is plotted.
 * An edit renames a preset or an opened scenario "Edited from: …" and drops
 * its description, which described the unedited scenario; an edit that
 * brings a preset back to its own settings restores the preset.
 */
import { SCENARIO_LIMITS } from '../core/scenario/limits';
import { serializeScenario } from '../core/scenario/serialize';
import type { Scenario } from '../core/scenario/types';

/** What an edited scenario's name starts with. */
export const EDITED_PREFIX = 'Edited from: ';

/** True when `name` marks an edited scenario. */
export function isEditedName(name: string): boolean {
  return name.startsWith(EDITED_PREFIX);
}

/** `name` cut to the scenario-name limit, with an ellipsis where it was cut. */
export function fitName(name: string): string {
  return name.length <= SCENARIO_LIMITS.maxNameLength ? name : `${name.slice(0, SCENARIO_LIMITS.maxNameLength - 1)}…`;
}

/** The name of an edit of a scenario called `title` (an edit of an edit keeps its name). */
export function editedName(title: string): string {
  return isEditedName(title) ? title : fitName(`${EDITED_PREFIX}${title}`);
}

/** `scenario` renamed as an edit of `title`, without the description of what it was. */
export function asEdit(scenario: Scenario, title: string): Scenario {
  const { description: _stale, ...rest } = scenario;
  return { ...rest, name: editedName(title) };
}

/** True when two scenarios run the same simulation (their names and descriptions aside). */
export function sameRun(a: Scenario, b: Scenario): boolean {
  const bare = (s: Scenario): string => serializeScenario({ ...s, name: '-', description: undefined });
  return bare(a) === bare(b);
}
