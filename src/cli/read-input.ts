/**
 * Reading the scenario file named on the command line: at most
 * MAX_SCENARIO_FILE_BYTES are read, so `/dev/zero` or a 2 GB log is refused
 * after 2 MB instead of filling memory, and a directory, a missing file or a
 * file we may not read is a one-line message. The bytes are decoded as the app
 * decodes them (UTF-8, or UTF-16 with a byte-order mark).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_SCENARIO_FILE_BYTES, decodeScenarioBytes } from '../core/scenario/text-encoding';
import { SCENARIO_LIMITS } from '../core/scenario/limits';
import { describeFsError } from './fs-errors';

/** The file's text, or a one-line reason it cannot be read (without the path). */
export type InputText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** Reads and decodes a scenario file. Never throws. */
export function readScenarioFile(path: string): InputText {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { ok: false, message: `cannot read ${path}: ${describeFsError(error)}` };
  }
  try {
    if (fstatSync(fd).isDirectory()) return { ok: false, message: `cannot read ${path}: it is a directory, not a scenario file` };
    const buffer = new Uint8Array(MAX_SCENARIO_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_SCENARIO_FILE_BYTES) {
        return { ok: false, message: `${path}: the file is too large: scenario files are limited to ${SCENARIO_LIMITS.maxTextBytes / 1_000_000} MB` };
      }
    }
    const decoded = decodeScenarioBytes(buffer.subarray(0, length));
    return decoded.ok ? decoded : { ok: false, message: `${path}: ${decoded.message}` };
  } catch (error) {
    return { ok: false, message: `cannot read ${path}: ${describeFsError(error)}` };
  } finally {
    closeSync(fd);
  }
}
