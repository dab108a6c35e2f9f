/** A choice prediction: a native radio group (arrow keys move between options). Props in. */
import type { ChoiceOption } from '../../core/lessons/lesson';

export interface ChoiceQuestionProps {
  readonly name: string;
  readonly prompt: string;
  readonly options: readonly ChoiceOption[];
  readonly chosen: string | null;
  readonly onChoose: (id: string) => void;
  readonly disabled: boolean;
}

export function ChoiceQuestion({ name, prompt, options, chosen, onChoose, disabled }: ChoiceQuestionProps) {
  return (
    <fieldset className="lesson-choices" disabled={disabled}>
      <legend>{prompt}</legend>
      {options.map((o) => (
        <label key={o.id} className="lesson-choice">
          <input type="radio" name={name} value={o.id} checked={chosen === o.id} onChange={() => onChoose(o.id)} />
          <span>{o.text}</span>
        </label>
      ))}
    </fieldset>
  );
}
