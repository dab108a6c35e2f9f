/**
 * A preset's note on what to look for, with its technical words linked to
 * the glossary. On one screen it shows two lines and a "More" button when the
 * note is longer (it opens in full while a link inside has keyboard focus).
 * Props in.
 */
import { useLayoutEffect, useState } from 'react';
import { useElementSize } from './hooks/use-element-size';
import { LinkedText } from './glossary/LinkedText';

export function LookFor({ text }: { readonly text: string }) {
  const [ref, size] = useElementSize<HTMLParagraphElement>();
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el !== null && !expanded) setOverflows(el.scrollHeight > el.clientHeight + 1);
  }, [ref, size.width, text, expanded]);
  return (
    <div className={`look-for${expanded ? '' : ' is-clamped'}`}>
      <p ref={ref} className="look-for-text">
        <strong>Look for:</strong> <LinkedText text={text} />
      </p>
      {(overflows || expanded) && (
        <button type="button" className="link-button look-for-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Less' : 'More'}
        </button>
      )}
    </div>
  );
}
