/**
 * The classroom parameters of the page address: `?present=1` opens in
 * presentation mode, `?embed=1` in embed mode (for an LMS iframe). The
 * scenario itself stays in the hash (src/state/url-sync.ts).
 */

/** The modes an address asks for. */
export function classroomParams(search: string): { present: boolean; embed: boolean } {
  const params = new URLSearchParams(search);
  const on = (name: string): boolean => ['1', 'true', 'yes'].includes((params.get(name) ?? '').toLowerCase());
  return { present: on('present'), embed: on('embed') };
}

/** `href` with `present` set or removed (hash kept). */
export function withPresentParam(href: string, present: boolean): string {
  const url = new URL(href);
  if (present) url.searchParams.set('present', '1');
  else url.searchParams.delete('present');
  return url.toString();
}

/** The same page and scenario without embed mode: the "Open in Gonadostat" link. */
export function fullAppHref(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.toString();
}
