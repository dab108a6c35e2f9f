/** The rendered width of an element in CSS pixels, kept up to date with a ResizeObserver. */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Width used before layout (and where ResizeObserver is missing). */
const FALLBACK_WIDTH = 720;

export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = (w: number): void => {
      // Whole pixels, so sub-pixel jitter does not re-render the charts.
      if (w > 0) setWidth(Math.floor(w));
    };
    measure(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => measure(entries[0]?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
