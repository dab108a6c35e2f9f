// @vitest-environment happy-dom
/** Keyboard shortcuts map keys to actions, and never fire while typing or with modifier keys. */
import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyPress } from '../../../src/ui/classroom/shortcuts';

const press = (key: string, target: EventTarget | null = document.body, extra: Partial<KeyPress> = {}): KeyPress => ({
  key, target, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...extra,
});

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    expect(shortcutFor(press('?', document.body, { shiftKey: true }))).toBe('help');
    expect(shortcutFor(press(' '))).toBe('play');
    expect(shortcutFor(press('p'))).toBe('play');
    expect(shortcutFor(press('f'))).toBe('present');
    expect(shortcutFor(press('R', document.body, { shiftKey: true }))).toBe('reset');
    expect(shortcutFor(press('r'))).toBeNull();
    expect(shortcutFor(press('Escape'))).toBe('exit');
  });

  it('ignores keys typed into fields and Space on buttons', () => {
    const input = document.createElement('input');
    const select = document.createElement('select');
    const button = document.createElement('button');
    expect(shortcutFor(press('p', input))).toBeNull();
    expect(shortcutFor(press('?', input))).toBeNull();
    expect(shortcutFor(press('f', select))).toBeNull();
    expect(shortcutFor(press(' ', button))).toBeNull();
    expect(shortcutFor(press('p', button))).toBe('play');
  });

  it('ignores keys with Ctrl, Alt or Meta', () => {
    expect(shortcutFor(press('p', document.body, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('f', document.body, { metaKey: true }))).toBeNull();
  });
});
