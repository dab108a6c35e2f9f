/** The rendered width of an element in CSS pixels, kept up to date with a ResizeObserver. */
import type { RefObject } from 'react';
import { useElementSize } from './use-element-size';

export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const [ref, size] = useElementSize<T>();
  return [ref, size.width];
}
