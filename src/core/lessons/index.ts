/** Every guided lesson, in the order the app offers them, and lookup by id. */
import type { Lesson } from './lesson';
import { CASTRATION_FEEDBACK } from './castration-feedback';
import { CASTRATION_FSH_INHIBIN } from './castration-fsh-inhibin';
import { TRT_SHUTDOWN } from './trt-shutdown';
import { SPERM_TIMESCALE } from './sperm-timescale';
import { HCG_ALONGSIDE_TRT } from './hcg-alongside-trt';
import { WITHDRAWAL_TROUGH } from './withdrawal-trough';
import { RESTART_PROTOCOLS } from './restart-protocols';
import { PULSATILE_VS_CONTINUOUS } from './pulsatile-vs-continuous';
import { ESTRADIOL_ARM } from './estradiol-arm';
import { OBESITY_ESTRADIOL_BRAKE } from './obesity-estradiol-brake';
import { CLOMIPHENE_SLOW_ISOMER } from './clomiphene-slow-isomer';
import { AGONIST_FLARE } from './agonist-flare';
import { GH_SYNERGY } from './gh-synergy';
import { GH_IGF1_TROUGH } from './gh-igf1-trough';
import { GH_DESENSITIZATION } from './gh-desensitization';
import { MENOPAUSE_FSH } from './menopause-fsh';
import { PILL_NO_OVULATION } from './pill-no-ovulation';
import { ESTRADIOL_BRAKE_OR_ACCELERATOR } from './estradiol-brake-or-accelerator';
import { LETROZOLE_VS_CLOMIPHENE } from './letrozole-vs-clomiphene';
import { CLOMIPHENE_PCOS } from './clomiphene-pcos';

export type { Lesson, LessonExpectation, LessonMeasure, LessonPrediction, LessonRun } from './lesson';
export { MAIN_RUN } from './lesson';

/** Every lesson. */
export const LESSONS: readonly Lesson[] = [
  CASTRATION_FEEDBACK,
  CASTRATION_FSH_INHIBIN,
  TRT_SHUTDOWN,
  SPERM_TIMESCALE,
  HCG_ALONGSIDE_TRT,
  WITHDRAWAL_TROUGH,
  RESTART_PROTOCOLS,
  PULSATILE_VS_CONTINUOUS,
  ESTRADIOL_ARM,
  OBESITY_ESTRADIOL_BRAKE,
  CLOMIPHENE_SLOW_ISOMER,
  AGONIST_FLARE,
  GH_SYNERGY,
  GH_IGF1_TROUGH,
  GH_DESENSITIZATION,
  MENOPAUSE_FSH,
  PILL_NO_OVULATION,
  ESTRADIOL_BRAKE_OR_ACCELERATOR,
  LETROZOLE_VS_CLOMIPHENE,
  CLOMIPHENE_PCOS,
];

/** The lesson with this id, if any. */
export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
