/** Checks a choice prediction: right or not, and a sentence that points to the explanation. */
import type { ChoiceOption, LessonPrediction } from './lesson';

/** The verdict on a choice. */
export interface ChoiceScore {
  readonly correct: boolean;
  /** The option the model bears out. */
  readonly answer: ChoiceOption;
  readonly sentence: string;
}

/** Scores `chosen` (an option id) against a choice prediction. */
export function scoreChoice(prediction: Extract<LessonPrediction, { kind: 'choice' }>, chosen: string): ChoiceScore {
  const answer = prediction.options.find((o) => o.id === prediction.correct)!;
  const picked = prediction.options.find((o) => o.id === chosen);
  if (picked === undefined) return { correct: false, answer, sentence: 'Pick one of the options before running.' };
  if (picked.id === answer.id) return { correct: true, answer, sentence: `Right: ${answer.text} The explanation below says why.` };
  return { correct: false, answer, sentence: `Not this time. The model bears out “${answer.text}” The explanation below says why.` };
}
