// @vitest-environment happy-dom
/** A whole lesson in the page: open it from the list, predict, run, see the score and explanation, continue exploring. */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../../src/ui/App';
import { StoreProvider } from '../../../src/state/use-app-store';
import { findLesson } from '../../../src/core/lessons/index';
import { readProgress } from '../../../src/state/lesson-progress';
import { MemoryStorage, readyStore } from '../../state/helpers';

afterEach(cleanup);

describe('lesson flow', () => {
  it('predict → run → score and explanation, progress in the list', async () => {
    const storage = new MemoryStorage();
    const store = await readyStore({ storage });
    render(<StoreProvider store={store}><App /></StoreProvider>);
    const lesson = findLesson('castration-fsh-inhibin')!;
    fireEvent.click(screen.getByRole('button', { name: new RegExp(lesson.title) }));
    const view = screen.getByRole('region', { name: lesson.title });
    const run = within(view).getByRole('button', { name: 'Run the lesson' }) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    const asked = lesson.prediction;
    const correct = asked.kind === 'choice' ? asked.options.find((o) => o.id === asked.correct)! : null;
    fireEvent.click(within(view).getByRole('radio', { name: correct!.text }));
    fireEvent.click(within(view).getByRole('button', { name: 'Commit my prediction' }));
    expect(run.disabled).toBe(false);
    await act(async () => {
      fireEvent.click(run);
      await store.getState().simulateCurrent();
    });
    expect(within(view).getByTestId('lesson-verdict').textContent).toMatch(/^Right:/);
    // The explanation is there in full, its technical words linked to the glossary.
    expect([...view.querySelectorAll('.lesson-explanation')].map((p) => p.textContent?.replaceAll(' (glossary)', ''))).toEqual(lesson.explanation);
    expect(within(view).getAllByRole('button', { name: /\(glossary\)$/ }).length).toBeGreaterThan(0);
    expect(within(view).getByRole('button', { name: /Inhibin B \(glossary\)/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: new RegExp(`${lesson.title}.*Done · score 100`) })).toBeTruthy();
    expect(readProgress(storage).lessons[lesson.id]?.status).toBe('done');

    fireEvent.click(within(view).getByRole('button', { name: 'Continue exploring' }));
    expect(screen.queryByRole('region', { name: lesson.title })).toBeNull();
    expect(store.getState().scenario.name).toBe(lesson.scenario.name);
  });
});
