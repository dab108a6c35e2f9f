/** The header's Glossary button: opens the glossary on its full list. Container. */
import { useAppStoreApi } from '../../state/use-app-store';
import './glossary.css';

export function GlossaryButton() {
  const store = useAppStoreApi();
  return (
    <button type="button" className="glossary-open" aria-haspopup="dialog" onClick={() => store.getState().openGlossary(null)}>
      Glossary
    </button>
  );
}
