/** All presets, in the order the app lists them. */
import type { Preset } from './preset';
import { CLASSIC_SMITH } from './classic-smith';
import {
  CASTRATION, CLOMIPHENE_OBESITY, GNRH_AGONIST_DEPOT, GNRH_ANTAGONIST_DEPOT, GNRH_CONTINUOUS, GNRH_PUMP, HCG_WITH_TRT, HEALTHY_BASELINE,
  TRT_ABRUPT_STOP, TRT_ENCLOMIPHENE, TRT_GONADORELIN_ANASTROZOLE, TRT_RESTART, TRT_WEEKLY,
} from './male-presets';
import { GH_CJC1295_WEEKLY, GH_HEXARELIN_BREAK, GH_IPAMORELIN_MODGRF, GH_MK677_OLDER_MAN, GH_TESAMORELIN } from './gh-presets';
import { LETROZOLE_CYCLE, MENOPAUSE, MENOPAUSE_ESTRADIOL_PATCH, NATURAL_CYCLE, TESTOSTERONE_CREAM_WOMAN, THE_PILL } from './female-presets';

export type { Preset } from './preset';

/** Every preset. */
export const PRESETS: readonly Preset[] = [
  TRT_ABRUPT_STOP,
  TRT_RESTART,
  HEALTHY_BASELINE,
  TRT_WEEKLY,
  TRT_GONADORELIN_ANASTROZOLE,
  TRT_ENCLOMIPHENE,
  HCG_WITH_TRT,
  CLOMIPHENE_OBESITY,
  GNRH_PUMP,
  GNRH_CONTINUOUS,
  GNRH_AGONIST_DEPOT,
  GNRH_ANTAGONIST_DEPOT,
  CASTRATION,
  NATURAL_CYCLE,
  THE_PILL,
  MENOPAUSE,
  MENOPAUSE_ESTRADIOL_PATCH,
  LETROZOLE_CYCLE,
  TESTOSTERONE_CREAM_WOMAN,
  CLASSIC_SMITH,
  GH_MK677_OLDER_MAN,
  GH_CJC1295_WEEKLY,
  GH_IPAMORELIN_MODGRF,
  GH_HEXARELIN_BREAK,
  GH_TESAMORELIN,
];

/** The preset the app opens with and Reset All returns to. */
export const DEFAULT_PRESET: Preset = TRT_ABRUPT_STOP;

/** The preset with this id, if any. */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
