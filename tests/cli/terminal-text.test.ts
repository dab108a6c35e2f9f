/** Escaping for the terminal (src/cli/terminal-text.ts). */
import { describe, expect, it } from 'vitest';
import { forTerminal, jsonForTerminal } from '../../src/cli/terminal-text';

describe('forTerminal', () => {
  it('shows C0, DEL, C1 and bidirectional controls as escapes, keeping other text', () => {
    expect(forTerminal('a\u001b[2Jb\nc\td\u007fe\u009bf\u202eg\u2066h — ✓ 名前')).toBe('a\\x1b[2Jb\\x0ac\\x09d\\x7fe\\x9bf\\u202eg\\u2066h — ✓ 名前');
  });
});

describe('jsonForTerminal', () => {
  it('escapes what JSON.stringify leaves raw, and the result parses to the same value', () => {
    const value = { name: 'x\u007f\u0085\u009by\u001b' };
    const text = jsonForTerminal(JSON.stringify(value));
    expect(text).not.toMatch(/\p{Cc}/u);
    expect(JSON.parse(text)).toEqual(value);
  });
});
