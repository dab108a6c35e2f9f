/**
 * A scenario in a share link: `#s=<version>.<payload>`, where the payload is
 * the canonical scenario JSON (serialize.ts) without its `format` tag, minified
 * and written as base64url of its UTF-8 bytes. The version prefix names the
 * link format, so a link made by another version of Gonadostat gets a clear
 * message instead of a puzzling validation error.
 *
 *   scenario ──canonical JSON − format──▶ minified text ──UTF-8──▶ base64url ──▶ "1.eyJuYW1l…"
 *
 * Decoding runs the full scenario validation, duplicate keys included: a link
 * is user input.
 */
import type { ModelCatalogue } from './catalogue';
import { summarizeIssues } from './issue';
import { IssueList } from './issue-list';
import { readJsonText } from './json-text';
import { toCanonicalJson } from './serialize';
import { SCENARIO_FORMAT, type Scenario } from './types';
import { parseScenario } from './validate';

/** The link format this version writes and reads. */
export const URL_CODEC_VERSION = 1;

/** The hash parameter that carries a scenario: `#s=…`. */
export const SHARE_HASH_PARAM = 's';

/** Longest token accepted, characters (a 1 MB scenario file is the format's own limit). */
const MAX_TOKEN_LENGTH = 1_400_000;

/** The outcome of reading a link: the scenario (with validation warnings) or one plain message. */
export type UrlDecodeResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** The scenario as a link token, `1.<base64url>`. */
export function encodeScenarioToken(scenario: Scenario): string {
  const json = toCanonicalJson(scenario) as Record<string, unknown>;
  const { format: _format, ...payload } = json;
  return `${URL_CODEC_VERSION}.${toBase64Url(new TextEncoder().encode(JSON.stringify(payload)))}`;
}

/** The scenario as a location hash, `#s=1.<base64url>`. */
export function encodeScenarioHash(scenario: Scenario): string {
  return `#${SHARE_HASH_PARAM}=${encodeScenarioToken(scenario)}`;
}

/** Reads a link token back to a validated scenario, or explains what is wrong with it. */
export function decodeScenarioToken(token: string, catalogue: ModelCatalogue): UrlDecodeResult {
  if (token.length > MAX_TOKEN_LENGTH) return fail('the link is too long to be a scenario');
  const dot = token.indexOf('.');
  const version = dot < 0 ? '' : token.slice(0, dot);
  if (!/^\d+$/.test(version)) return fail('the link is damaged: it does not start with a version number (expected "1.")');
  if (Number(version) !== URL_CODEC_VERSION) {
    return fail(
      `the link uses scenario-link format ${version}, but this version of Gonadostat reads format ${URL_CODEC_VERSION} only ` +
        '(it was made by a different version of the app)',
    );
  }
  const bytes = fromBase64Url(token.slice(dot + 1));
  if (bytes === null) return fail('the link is damaged: its scenario part has characters a share link never contains (was it cut off?)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('the link is damaged: its scenario part cannot be read (was it cut off or edited?)');
  }
  const issues = new IssueList();
  const value = readJsonText(text, issues);
  if (issues.count > 0) {
    const [first] = issues.listed;
    return fail(first?.path === '' ? 'the link is damaged: its scenario part cannot be read (was it cut off or edited?)' : `the link's scenario is not valid: ${summarizeIssues(issues.listed, issues.count)}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('the link is damaged: it holds no scenario');
  const parsed = parseScenario({ format: SCENARIO_FORMAT, ...(value as Record<string, unknown>) }, catalogue);
  if (!parsed.ok) return fail(`the link's scenario is not valid: ${summarizeIssues(parsed.errors, parsed.errorCount)}`);
  return { ok: true, scenario: parsed.scenario, warnings: parsed.warnings };
}

/**
 * Reads the scenario from a location hash (`#s=…`, other `&`-separated
 * parameters ignored). Null when the hash carries no scenario at all.
 */
export function decodeScenarioHash(hash: string, catalogue: ModelCatalogue): UrlDecodeResult | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return null;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (key === SHARE_HASH_PARAM) return decodeScenarioToken(eq < 0 ? '' : part.slice(eq + 1), catalogue);
  }
  return null;
}

function fail(message: string): UrlDecodeResult {
  return { ok: false, message };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

/** Bytes as unpadded base64url (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (b !== undefined) out += ALPHABET[(n >> 6) & 63]!;
    if (c !== undefined) out += ALPHABET[n & 63]!;
  }
  return out;
}

/** Unpadded (or padded) base64url back to bytes; null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  const body = text.replace(/=+$/, '');
  if (body.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let k = 0;
  for (const char of body) {
    const digit = LOOKUP.get(char);
    if (digit === undefined) return null;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (value >> bits) & 255;
    }
  }
  return out;
}
