/** The classroom slice: presentation and embed modes, the cursor animation and the shortcuts dialog. */
import type { ClassroomSlice } from '../research-types';
import type { SliceCreator } from '../store-types';

export function createClassroomSlice(): SliceCreator<ClassroomSlice> {
  return (set, get) => ({
    presentation: false,
    embed: false,
    playing: false,
    shortcutsOpen: false,
    setPresentation: (on) => set({ presentation: on }),
    setEmbed: (on) => set({ embed: on }),
    setPlaying(on) {
      if (!on) return set({ playing: false });
      // Playing from the last day starts again from day 0.
      const { cursorDay, scenario } = get();
      if (cursorDay >= scenario.days) get().setCursorDay(0);
      set({ playing: true });
    },
    setShortcutsOpen: (open) => set({ shortcutsOpen: open }),
  });
}
