/**
 * Text for a terminal. A scenario file is user input, and anything of it that
 * reaches a terminal raw can drive it: ESC sequences clear the screen, retitle
 * the window or forge hyperlinks, and bidirectional overrides reorder what is
 * shown. Everything the CLI prints to stderr passes through `forTerminal`,
 * which shows such characters as escapes (`\x1b`, `\u202e`) and keeps a
 * message on one line. JSON on stdout gets the same for the characters that
 * JSON.stringify leaves raw (DEL and the C1 controls), which keeps it valid JSON.
 */

/** C0 and C1 controls, DEL, and the Unicode bidirectional embedding, override and isolate controls. */
const UNSAFE = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

const escape = (char: string): string => {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** `text` with every control character shown as an escape: one line, safe to print. */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** JSON text with DEL and C1 controls written as \u escapes (JSON.stringify has already escaped C0). */
export function jsonForTerminal(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
