/**
 * Step 1 of a lesson: the student commits a prediction before seeing the
 * result: a sketch of the named output, or one of the choices. The draft is
 * local; once committed it is locked (shown, not editable) until the lesson
 * is run or tried again. Props in.
 */
import { useState } from 'react';
import type { Lesson } from '../../core/lessons/lesson';
import type { CommittedPrediction } from '../../state/lesson-progress';
import { ChoiceQuestion } from './ChoiceQuestion';
import { LessonPlot } from './LessonPlot';
import { SketchPad } from './SketchPad';
import { knotDays, knotsToPoints, MIN_SKETCH_POINTS, pointsToKnots } from './sketch-geometry';

export interface LessonPredictionProps {
  readonly lesson: Lesson;
  readonly outputLabel: string;
  /** The committed prediction, or null while drafting. */
  readonly committed: CommittedPrediction | null;
  readonly onCommit: (prediction: CommittedPrediction) => void;
}

export function LessonPrediction({ lesson, outputLabel, committed, onCommit }: LessonPredictionProps) {
  const asked = lesson.prediction;
  const days = asked.kind === 'sketch' ? knotDays(asked.window) : [];
  const [knots, setKnots] = useState<(number | null)[]>(() =>
    committed?.kind === 'sketch' ? pointsToKnots(committed.points, days) : days.map(() => null),
  );
  const [chosen, setChosen] = useState<string | null>(committed?.kind === 'choice' ? committed.optionId : null);
  const drawn = knots.filter((v) => v !== null).length;
  const ready = asked.kind === 'sketch' ? drawn >= MIN_SKETCH_POINTS : chosen !== null;
  const commit = (): void => {
    if (!ready) return;
    onCommit(asked.kind === 'sketch' ? { kind: 'sketch', points: knotsToPoints(knots, days) } : { kind: 'choice', optionId: chosen! });
  };

  if (asked.kind === 'choice') {
    return (
      <div className="lesson-step">
        <ChoiceQuestion name={`lesson-${lesson.id}`} prompt={asked.prompt} options={asked.options} chosen={chosen} onChoose={setChosen} disabled={committed !== null} />
        {committed === null && (
          <button type="button" className="primary-button" disabled={!ready} onClick={commit}>Commit my prediction</button>
        )}
      </div>
    );
  }
  return (
    <div className="lesson-step">
      <p className="lesson-prompt"><strong>{asked.prompt}</strong></p>
      {committed === null ? (
        <>
          <SketchPad outputLabel={outputLabel} window={asked.window} yMax={asked.yMax} days={days} knots={knots} onChange={setKnots} onCommit={commit} />
          <div className="button-row">
            <button type="button" className="primary-button" disabled={!ready} onClick={commit}>Commit my prediction</button>
            <button type="button" disabled={drawn === 0} onClick={() => setKnots(days.map(() => null))}>Clear the sketch</button>
            <span className="hint">{ready ? `${drawn} of ${days.length} days drawn.` : `Draw at least ${MIN_SKETCH_POINTS} days to commit (${drawn} drawn).`}</span>
          </div>
        </>
      ) : (
        <div className="lesson-committed-plot">
          <LessonPlot width={560} height={220} window={asked.window} yMax={asked.yMax} prediction={committed.kind === 'sketch' ? committed.points : []} />
        </div>
      )}
    </div>
  );
}
