// @vitest-environment happy-dom
/**
 * Issue 13, case 5 (the page side): a view that throws, or whose lazily
 * loaded chunk is gone after a deploy, is replaced by a readable message and a
 * Reload button, and the views beside it keep working.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { ViewBoundary } from '../../src/ui/ViewBoundary';
import { describeViewError, isChunkLoadError } from '../../src/ui/view-error';

afterEach(cleanup);

function Broken(): never {
  throw new Error('cannot read properties of undefined');
}

describe('ViewBoundary', () => {
  it('replaces a failing view with a message and a Reload button, leaving its neighbours', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <ViewBoundary view="charts"><Broken /></ViewBoundary>
        <ViewBoundary view="timeline"><p>timeline works</p></ViewBoundary>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'The charts could not be shown' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/cannot read properties of undefined/);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByText('timeline works')).toBeTruthy();
  });

  it('explains a chunk that could not be loaded as a newer version, for a lazy view', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Lazy = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://x/assets/ResearchPanel-old.js')));
    render(
      <ViewBoundary view="researcher panel">
        <Suspense fallback={<p>Loading…</p>}><Lazy /></Suspense>
      </ViewBoundary>,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/a newer version has probably been published/);
  });

  it('tries again on request', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('once');
      return <p>recovered</p>;
    }
    render(<ViewBoundary view="metrics"><Flaky /></ViewBoundary>);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('recovered')).toBeTruthy();
  });
});

describe('isChunkLoadError and describeViewError', () => {
  it.each([
    'Failed to fetch dynamically imported module: https://a/b.js',
    'Importing a module script failed.',
    'error loading dynamically imported module: https://a/b.js',
    "Failed to load module script: Expected a JavaScript-or-Wasm module script but the server responded with a MIME type of \"text/html\".",
  ])('recognizes %s', (message) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(true);
  });
  it('keeps other errors apart, and bounds their detail', () => {
    expect(isChunkLoadError(new Error('x is undefined'))).toBe(false);
    expect(describeViewError(new Error('y'.repeat(5000))).length).toBeLessThan(500);
  });
});
