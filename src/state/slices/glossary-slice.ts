/** The glossary slice: whether the glossary is open, and the term it shows. */
import type { GlossarySlice, SliceCreator } from '../store-types';

export function createGlossarySlice(): SliceCreator<GlossarySlice> {
  return (set) => ({
    glossaryOpen: false,
    glossaryTermId: null,
    openGlossary: (termId = null) => set({ glossaryOpen: true, glossaryTermId: termId }),
    closeGlossary: () => set({ glossaryOpen: false }),
  });
}
