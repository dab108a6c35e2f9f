/** All presets, in the order the app lists them. */
import type { Preset } from './preset';
import { CLASSIC_SMITH } from './classic-smith';

export type { Preset } from './preset';

/** Every preset. */
export const PRESETS: readonly Preset[] = [CLASSIC_SMITH];

/** The preset the app opens with. */
export const DEFAULT_PRESET: Preset = CLASSIC_SMITH;

/** The preset with this id, if any. */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
