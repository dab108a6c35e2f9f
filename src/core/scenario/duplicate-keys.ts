/**
 * Finds keys that appear twice in one JSON object. `JSON.parse` keeps the
 * last of them without a word, so `{"days": 7, …, "days": 70}` would run 70
 * days while the top of the file says 7; the scenario reader reports them.
 *
 * A single pass over text already known to be valid JSON (JSON.parse
 * succeeded), keeping one set of keys per open object. Linear in the text.
 */

/** One duplicate: the path of the object holding it (keys and list indices) and the key. */
export interface DuplicateKey {
  readonly path: readonly PropertyKey[];
  readonly key: string;
}

type Frame =
  | { readonly kind: 'object'; readonly keys: Set<string>; key: string | null; expectKey: boolean }
  | { readonly kind: 'array'; index: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The duplicate keys of valid JSON `text`: the first `limit` in order of appearance, and how many in all. */
export function findDuplicateKeys(text: string, limit = Infinity): { readonly listed: DuplicateKey[]; readonly count: number } {
  const found: DuplicateKey[] = [];
  let count = 0;
  const frames: Frame[] = [];
  const pathHere = (): PropertyKey[] => frames.map((f) => (f.kind === 'object' ? (f.key ?? '') : f.index));
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      let escaped = false;
      i++;
      for (; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) {
          escaped = true;
          i++;
        } else if (d === QUOTE) break;
      }
      i++; // past the closing quote
      const top = frames[frames.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        const key = escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
        top.expectKey = false;
        if (top.keys.has(key) && count++ < limit) found.push({ path: pathHere().slice(0, -1), key });
        top.keys.add(key);
        top.key = key;
      }
      continue;
    }
    switch (text.charAt(i)) {
      case '{':
        frames.push({ kind: 'object', keys: new Set(), key: null, expectKey: true });
        break;
      case '[':
        frames.push({ kind: 'array', index: 0 });
        break;
      case '}':
      case ']':
        frames.pop();
        break;
      case ',': {
        const top = frames[frames.length - 1];
        if (top?.kind === 'array') top.index++;
        else if (top?.kind === 'object') top.expectKey = true;
        break;
      }
      default:
        break;
    }
    i++;
  }
  return { listed: found, count };
}
