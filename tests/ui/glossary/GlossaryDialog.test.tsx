// @vitest-environment happy-dom
/** The glossary dialog: opened on a term from a link, searched, and a "see also" link followed. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StoreProvider } from '../../../src/state/use-app-store';
import { GlossaryDialog } from '../../../src/ui/glossary/GlossaryDialog';
import { GlossaryLink } from '../../../src/ui/glossary/GlossaryLink';
import { readyStore } from '../../state/helpers';

afterEach(cleanup);

describe('GlossaryDialog', () => {
  it('opens on the linked term, searches, and follows a see-also link', async () => {
    const store = await readyStore();
    render(<StoreProvider store={store}><GlossaryLink termId="lh" /><GlossaryDialog /></StoreProvider>);
    fireEvent.click(screen.getByRole('button', { name: 'LH (glossary)' }));
    expect(store.getState().glossaryOpen).toBe(true);
    const dialog = document.querySelector('dialog')!;
    expect(dialog.querySelector('.is-selected h3')?.textContent).toBe('LH');
    const search = within(dialog).getByLabelText('Search the glossary');
    fireEvent.change(search, { target: { value: 'inhibin' } });
    expect(within(dialog).getByText(/terms match/).textContent).toMatch(/^\d+ of \d+ terms match$/);
    expect(within(dialog).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toContain('Inhibin B');
    expect(within(dialog).queryByRole('heading', { name: 'Tamoxifen' })).toBeNull();
    const entry = dialog.querySelector('#glossary-inhibin-b')!;
    fireEvent.click(within(entry as HTMLElement).getByRole('button', { name: 'Sertoli cells' }));
    expect((search as HTMLInputElement).value).toBe('');
    expect(dialog.querySelector('.is-selected h3')?.textContent).toBe('Sertoli cells');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(store.getState().glossaryOpen).toBe(false);
  });
});
