/** The rendered size of an element in whole CSS pixels, kept up to date with a ResizeObserver. */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** A size in CSS px. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Size used before layout (and where ResizeObserver is missing). */
const FALLBACK: Size = { width: 720, height: 300 };

export function useElementSize<T extends HTMLElement>(fallback: Size = FALLBACK): [RefObject<T | null>, Size] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<Size>(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = (w: number, h: number): void => {
      // Whole pixels, so sub-pixel jitter does not re-render the charts.
      const next = { width: Math.floor(w), height: Math.floor(h) };
      if (next.width > 0) setSize((old) => (old.width === next.width && old.height === next.height ? old : next));
    };
    const box = element.getBoundingClientRect();
    measure(box.width, box.height);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      if (rect !== undefined) measure(rect.width, rect.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
