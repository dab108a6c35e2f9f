/**
 * Reads a scenario file the user picked, decoding it exactly as the CLI does
 * (core/scenario/text-encoding.ts: UTF-8, or UTF-16 with a byte-order mark).
 * `File.text()` would decode everything as UTF-8 and turn a UTF-16 file into
 * noise. Files too large to be a scenario are refused before they are read.
 */
import { MAX_SCENARIO_FILE_BYTES, decodeScenarioBytes, type DecodedText } from '../../core/scenario/text-encoding';
import { SCENARIO_LIMITS } from '../../core/scenario/limits';

/** The file's text, or why it cannot be a scenario file. */
export async function readScenarioFile(file: Blob): Promise<DecodedText> {
  if (file.size > MAX_SCENARIO_FILE_BYTES) {
    return { ok: false, message: `the file is too large: scenario files are limited to ${SCENARIO_LIMITS.maxTextBytes / 1_000_000} MB` };
  }
  return decodeScenarioBytes(new Uint8Array(await file.arrayBuffer()));
}
