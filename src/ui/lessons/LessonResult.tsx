/**
 * Step 3 of a lesson: the verdict, the model's curve with the prediction laid
 * over it ("Your prediction", dashed purple), what the model shows (the
 * lesson's checks that concern its own run), and the explanation with links
 * into the glossary. Props in (the glossary links open the glossary).
 */
import { checkLesson } from '../../core/lessons/check-expectation';
import { MAIN_RUN, type Lesson, type LessonExpectation } from '../../core/lessons/lesson';
import { downsampleMinMax } from '../../core/output/downsample';
import type { SimulationResult } from '../../core/simulate';
import type { LessonOutcome } from '../../state/store-types';
import { GlossaryTerms } from '../glossary/GlossaryLink';
import { LinkedText } from '../glossary/LinkedText';
import { LineSample } from '../charts/LineSample';
import type { SeriesStyle } from '../palette';
import { useElementWidth } from '../hooks/use-element-width';
import { LessonPlot, PREDICTION_STYLE } from './LessonPlot';

export interface LessonResultProps {
  readonly lesson: Lesson;
  readonly outcome: LessonOutcome;
  readonly outputLabel: string;
  readonly outputStyle: SeriesStyle;
}

/** Whether a statement is about the lesson's own run only (the others need the comparison runs). */
function ownRun(e: LessonExpectation): boolean {
  const measures = 'larger' in e ? [e.larger, e.smaller] : [e];
  return measures.every((m) => (m.run ?? MAIN_RUN) === MAIN_RUN);
}

function modelCurve(result: SimulationResult, output: string, [from, to]: readonly [number, number]) {
  const values = result.series[output];
  if (values === undefined) return [];
  return downsampleMinMax(result.days, values, 300).filter((p) => p.x >= from - 1e-9 && p.x <= to + 1e-9);
}

export function LessonResult({ lesson, outcome, outputLabel, outputStyle }: LessonResultProps) {
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  const asked = lesson.prediction;
  const window: readonly [number, number] = asked.kind === 'sketch' ? asked.window : [0, lesson.scenario.days];
  const points = modelCurve(outcome.result, lesson.output, window);
  const prediction = outcome.prediction.kind === 'sketch' ? outcome.prediction.points : [];
  const top = Math.max(asked.kind === 'sketch' ? asked.yMax : 1.25, ...points.map((p) => p.y * 1.05));
  const checks = checkLesson(lesson, { [MAIN_RUN]: outcome.result }).filter((c) => ownRun(c.expectation));
  const verdictClass = outcome.correct === false || (outcome.correct === null && outcome.score < 40) ? 'is-off' : outcome.score >= 80 || outcome.correct === true ? 'is-good' : 'is-partly';
  return (
    <div className="lesson-result">
      <p className={`lesson-verdict ${verdictClass}`} data-testid="lesson-verdict">
        {outcome.correct === null && <span className="lesson-score">Score {outcome.score} / 100</span>}
        {outcome.sentence}
      </p>
      <figure className="lesson-figure">
        <figcaption className="chart-title">{outputLabel}{outcome.prediction.kind === 'sketch' ? ': the model and your prediction' : ' in this lesson’s run'}</figcaption>
        <div ref={ref} className="lesson-plot-wrap">
          <LessonPlot width={Math.max(280, measured)} height={260} window={window} yMax={top} prediction={prediction} model={{ points, style: outputStyle }} />
        </div>
        <ul className="chart-legend" aria-label="Lines">
          <li><LineSample style={outputStyle} />{outputLabel} (model)</li>
          {prediction.length > 0 && <li><LineSample style={PREDICTION_STYLE} />Your prediction</li>}
        </ul>
      </figure>
      {checks.length > 0 && (
        <>
          <h3>What the model shows</h3>
          <ul className="lesson-checks">
            {checks.map((c, k) => <li key={k}>{c.pass ? '✓' : '✗'} {c.expectation.says}</li>)}
          </ul>
        </>
      )}
      <h3>Why</h3>
      {lesson.explanation.map((paragraph, k) => <p key={k} className="lesson-explanation"><LinkedText text={paragraph} /></p>)}
      <GlossaryTerms ids={lesson.terms} label="Key terms" />
      <p className="hint">Sources: {lesson.sources.join('; ')}.</p>
      <p className="look-for"><strong>Explore on:</strong> {lesson.explore}</p>
    </div>
  );
}
