/**
 * The app's keyboard shortcuts: the list the dialog shows, and which action a
 * key press means. Shortcuts never fire while the user types or operates a
 * control that uses the key itself (inputs, selects, sliders, and Space on
 * buttons, links and switches), nor with Ctrl, Alt or Meta held.
 */

/** What a shortcut does. */
export type ShortcutAction = 'help' | 'play' | 'reset' | 'present' | 'glossary' | 'exit';

/** One row of the shortcuts dialog. */
export interface ShortcutInfo {
  readonly keys: readonly string[];
  readonly action: ShortcutAction;
  readonly description: string;
}

/** Every shortcut, in the order the dialog lists them. */
export const SHORTCUTS: readonly ShortcutInfo[] = [
  { keys: ['Space', 'P'], action: 'play', description: 'Play or pause the time cursor (it moves through the simulated days)' },
  { keys: ['F'], action: 'present', description: 'Presentation mode on or off (large type, fewer controls)' },
  { keys: ['Shift', 'R'], action: 'reset', description: 'Reset all: back to the default scenario' },
  { keys: ['G'], action: 'glossary', description: 'Open the glossary' },
  { keys: ['?'], action: 'help', description: 'Show this list of shortcuts' },
  { keys: ['Esc'], action: 'exit', description: 'Close a dialog, or leave presentation mode' },
];

/** The parts of a KeyboardEvent this module reads. */
export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
  readonly target: EventTarget | null;
}

const TYPING_ROLES = new Set(['textbox', 'spinbutton', 'slider', 'combobox', 'searchbox', 'listbox']);
const SPACE_ROLES = new Set(['button', 'switch', 'checkbox', 'radio', 'link', 'menuitem', 'tab', 'option']);

function elementOf(target: EventTarget | null): Element | null {
  return target !== null && typeof (target as Element).tagName === 'string' ? (target as Element) : null;
}

/** True when the key goes to a field the user is typing in or a control that uses it. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = elementOf(target);
  if (el === null) return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(type);
  }
  if ((el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true') return true;
  return TYPING_ROLES.has(el.getAttribute('role') ?? '');
}

function usesSpace(target: EventTarget | null): boolean {
  const el = elementOf(target);
  if (el === null) return false;
  const tag = el.tagName.toLowerCase();
  return ['button', 'a', 'summary', 'input', 'label'].includes(tag) || SPACE_ROLES.has(el.getAttribute('role') ?? '') || el.closest('svg[role="slider"], [role="slider"]') !== null;
}

/** The action a key press means, or null. */
export function shortcutFor(press: KeyPress): ShortcutAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (press.key === 'Escape') return 'exit';
  if (isTypingTarget(press.target)) return null;
  switch (press.key) {
    case '?':
      return 'help';
    case ' ':
      return usesSpace(press.target) ? null : 'play';
    case 'p':
    case 'P':
      return press.shiftKey ? null : 'play';
    case 'f':
    case 'F':
      return press.shiftKey ? null : 'present';
    case 'R':
      return press.shiftKey ? 'reset' : null;
    case 'g':
    case 'G':
      return press.shiftKey ? null : 'glossary';
    default:
      return null;
  }
}
