/** Scenario file bytes to text (src/core/scenario/text-encoding.ts). */
import { describe, expect, it } from 'vitest';
import { decodeScenarioBytes } from '../../../src/core/scenario/text-encoding';

const utf16 = (text: string, littleEndian: boolean): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = littleEndian ? c & 0xff : c >> 8;
    out[3 + 2 * i] = littleEndian ? c >> 8 : c & 0xff;
  }
  return out;
};
const json = '{"name": "Testostérone 😀"}';

describe('decodeScenarioBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(json);
    expect(decodeScenarioBytes(bytes)).toEqual({ ok: true, text: json });
    expect(decodeScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, text: json });
  });

  it('reads UTF-16 with a byte-order mark, either byte order', () => {
    expect(decodeScenarioBytes(utf16(json, true))).toEqual({ ok: true, text: json });
    expect(decodeScenarioBytes(utf16(json, false))).toEqual({ ok: true, text: json });
  });

  it.each([
    ['UTF-16 without a byte-order mark', utf16(json, true).subarray(2), /UTF-16 text without a byte-order mark/],
    ['UTF-32', new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), /UTF-32/],
    ['Latin-1', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]), /not UTF-8 text/],
    ['cut-off UTF-16', utf16(json, true).subarray(0, 7), /odd number of bytes/],
  ])('refuses %s with a message saying what to do', (_label, bytes, message) => {
    const decoded = decodeScenarioBytes(bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(message);
  });
});
