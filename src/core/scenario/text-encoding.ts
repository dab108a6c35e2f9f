/**
 * Turning a scenario file's bytes into text, the same way in the app and on
 * the command line: UTF-8 with or without a byte-order mark, and UTF-16
 * (little- or big-endian) with one, as Windows editors save "Unicode" text.
 * Anything else is refused with a message saying what to do, rather than
 * decoded into replacement characters that would end up in a name.
 */

import { SCENARIO_LIMITS } from './limits';

/** The decoded text, or why the bytes are not text this reader accepts. */
export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/** UTF-16 code units from bytes, either byte order. */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): DecodedText {
  if (bytes.length % 2 !== 0) return { ok: false, message: 'the file is UTF-16 with an odd number of bytes (it was cut off)' };
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 2) {
    swapped[i] = littleEndian ? bytes[i]! : bytes[i + 1]!;
    swapped[i + 1] = littleEndian ? bytes[i + 1]! : bytes[i]!;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(swapped) };
  } catch {
    return { ok: false, message: 'the file says it is UTF-16 but is not valid UTF-16 text' };
  }
}

/** Decodes a scenario file (see the file header). A leading byte-order mark is removed. */
export function decodeScenarioBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) {
    return { ok: false, message: 'the file is UTF-32 text; save it as UTF-8 (or UTF-16) and try again' };
  }
  if (startsWith(bytes, 0xff, 0xfe)) return decodeUtf16(bytes.subarray(2), true);
  if (startsWith(bytes, 0xfe, 0xff)) return decodeUtf16(bytes.subarray(2), false);
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  // UTF-16 without a byte-order mark: JSON text then has a zero byte beside every ASCII character.
  if (body.length >= 2 && (body[0] === 0 || body[1] === 0)) {
    return { ok: false, message: 'the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 and try again' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    return { ok: false, message: 'the file is not UTF-8 text (was it saved in another encoding, such as Latin-1?); save it as UTF-8 and try again' };
  }
}

/**
 * Largest file worth reading, bytes: 1 MB of UTF-8 text is at most 2 MB as
 * UTF-16 (plus its byte-order mark). Larger files are refused before reading.
 */
export const MAX_SCENARIO_FILE_BYTES = 2 * SCENARIO_LIMITS.maxTextBytes + 4;
