/**
 * Share links (src/core/scenario/url-codec.ts): a scenario survives the round
 * trip exactly, links stay short, and damaged or outdated links get a message
 * that says what is wrong.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeScenarioHash,
  decodeScenarioToken,
  encodeScenarioHash,
  encodeScenarioToken,
  fromBase64Url,
  toBase64Url,
} from '../../../src/core/scenario/url-codec';
import { assertValidScenario } from '../../../src/core/scenario/validate';
import { MODELS } from '../../../src/core/model/registry';
import type { ModelId } from '../../../src/core/model/ids';
import { PRESETS } from '../../../src/core/scenario/presets';

const catalogue = (id: ModelId) => MODELS[id];

const scenario = assertValidScenario(
  {
    format: 'gonadostat-scenario/1',
    name: 'Stop and restart — ünïcode ✓',
    description: 'Weekly testosterone, then a restart protocol.',
    model: 'male-hpg',
    days: 365,
    subject: { conditions: ['obesity', { id: 'aging', fromDay: 30 }] },
    regimens: [
      { agent: 'testosterone-cypionate', dose: 1.25, everyDays: 7, fromDay: 0, untilDay: 180 },
      { agent: 'gonadorelin', dose: 0.05, mode: 'bolus', everyHours: 1.5, fromDay: 180, untilDay: 200 },
      { agent: 'clomiphene', dose: 1, mode: 'infusion', fromDay: 180 },
    ],
    parameters: {},
    output: { everyHours: 12 },
  },
  catalogue,
);

describe('encodeScenarioToken / decodeScenarioToken', () => {
  it('round-trips a scenario exactly, Unicode name included', () => {
    const result = decodeScenarioToken(encodeScenarioToken(scenario), catalogue);
    expect(result.ok && result.scenario).toStrictEqual(scenario);
  });

  it('round-trips every preset', () => {
    for (const preset of PRESETS) {
      const result = decodeScenarioToken(encodeScenarioToken(preset.scenario), catalogue);
      if (!result.ok) throw new Error(result.message);
      expect(result.scenario).toStrictEqual(assertValidScenario(preset.scenario, catalogue));
    }
  });

  it('writes a versioned, URL-safe token that stays short', () => {
    const token = encodeScenarioToken(scenario);
    expect(token).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThan(800);
    expect(encodeScenarioHash(scenario)).toBe(`#s=${token}`);
  });

  it('names an outdated link format', () => {
    const token = encodeScenarioToken(scenario).replace(/^1\./, '0.');
    const result = decodeScenarioToken(token, catalogue);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/link format 0.*reads format 1 only/);
  });

  it('reports a token without version, with bad characters, or cut off', () => {
    const token = encodeScenarioToken(scenario);
    const cases = ['garbage', '1.abc$def', token.slice(0, token.length - 9)];
    for (const bad of cases) {
      const result = decodeScenarioToken(bad, catalogue);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(/damaged/);
    }
  });

  it('names the invalid field of a well-formed link', () => {
    const payload = { name: 'x', model: 'male-hpg', days: 30, regimens: [{ agent: 'hcg', dose: 50, everyDays: 2 }] };
    const token = `1.${toBase64Url(new TextEncoder().encode(JSON.stringify(payload)))}`;
    const result = decodeScenarioToken(token, catalogue);
    expect(!result.ok && result.message).toMatch(/not valid: regimens\[0\]\.dose/);
  });
});

describe('decodeScenarioHash', () => {
  it('finds the s parameter among others and ignores hashes without one', () => {
    const token = encodeScenarioToken(scenario);
    expect(decodeScenarioHash(`#view=log&s=${token}`, catalogue)?.ok).toBe(true);
    expect(decodeScenarioHash('', catalogue)).toBeNull();
    expect(decodeScenarioHash('#', catalogue)).toBeNull();
    expect(decodeScenarioHash('#other=1', catalogue)).toBeNull();
    expect(decodeScenarioHash('#s=', catalogue)?.ok).toBe(false);
  });
});

describe('base64url', () => {
  it('matches RFC 4648 test vectors (unpadded, URL alphabet)', () => {
    const enc = (s: string) => toBase64Url(new TextEncoder().encode(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
    expect(toBase64Url(new Uint8Array([251, 255]))).toBe('-_8');
    expect(Array.from(fromBase64Url('-_8') ?? [])).toEqual([251, 255]);
    expect(fromBase64Url('Zm9vYg==')).toEqual(new TextEncoder().encode('foob'));
    expect(fromBase64Url('A')).toBeNull();
  });
});
