/**
 * The classroom machinery that has no panel of its own: the global keyboard
 * shortcuts, the cursor animation (the shared cursor advances through the
 * simulated days, a whole run in PLAY_SECONDS), the page's display mode
 * (`<html data-mode>`, which classroom.css reads) with `?present=1` kept in
 * the address, and the shortcuts dialog. Container.
 */
import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import type { AppStore } from '../../state/store';
import { ShortcutsDialog } from './ShortcutsDialog';
import { shortcutFor, type ShortcutAction } from './shortcuts';
import { withPresentParam } from './classroom-url';

/** Seconds the animated cursor takes from day 0 to the last day, whatever the run's length. */
export const PLAY_SECONDS = 20;

function perform(store: AppStore, action: ShortcutAction): boolean {
  const state = store.getState();
  switch (action) {
    case 'help':
      state.setShortcutsOpen(true);
      return true;
    case 'play':
      state.setPlaying(!state.playing);
      return true;
    case 'present':
      if (state.embed) return false;
      state.setPresentation(!state.presentation);
      return true;
    case 'reset':
      if (state.embed) return false;
      state.setPlaying(false);
      state.resetAll();
      return true;
    case 'glossary':
      state.openGlossary();
      return true;
    case 'exit':
      // A modal dialog handles its own Escape; otherwise Escape leaves presentation mode.
      if (document.querySelector('dialog[open]') !== null || !state.presentation || state.embed) return false;
      state.setPresentation(false);
      return true;
  }
}

export function ClassroomEffects() {
  const store = useAppStoreApi();
  const playing = useAppStore((s) => s.playing);
  const presentation = useAppStore((s) => s.presentation);
  const embed = useAppStore((s) => s.embed);
  const shortcutsOpen = useAppStore((s) => s.shortcutsOpen);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      const action = shortcutFor(event);
      if (action !== null && perform(store, action)) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last: number | null = null;
    const step = (now: number): void => {
      const state = store.getState();
      const days = state.scenario.days;
      const dt = last === null ? 0 : Math.min(0.1, (now - last) / 1000);
      last = now;
      const next = state.cursorDay + (dt * days) / PLAY_SECONDS;
      if (next >= days) {
        state.setCursorDay(days);
        state.setPlaying(false);
        return;
      }
      state.setCursorDay(Math.round(next * 100) / 100);
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [playing, store]);

  useEffect(() => {
    const mode = embed ? 'embed' : presentation ? 'present' : null;
    if (mode === null) delete document.documentElement.dataset.mode;
    else document.documentElement.dataset.mode = mode;
    if (!embed) {
      const href = withPresentParam(window.location.href, presentation);
      if (href !== window.location.href) window.history.replaceState(window.history.state, '', href);
    }
  }, [presentation, embed]);

  return <ShortcutsDialog open={shortcutsOpen} onClose={() => store.getState().setShortcutsOpen(false)} />;
}
