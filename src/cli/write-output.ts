/**
 * Writing `--out FILE` without ever replacing what the user pointed at:
 *
 *   a regular file        written to a temporary file beside it and renamed over
 *                         it, keeping its permissions, so a failed run never
 *                         leaves half a file;
 *   a symbolic link       written through: the file it points to is replaced as
 *                         above (the link stays a link); a dangling link gets its
 *                         target created;
 *   a device or a pipe    written into directly (`--out /dev/stdout`, a FIFO);
 *                         never renamed over, which would replace /dev/null with
 *                         a regular file;
 *   a directory, a socket refused.
 *
 * Every failure is an OutputError with a one-line message naming the path.
 */
import { chmodSync, lstatSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFsError } from './fs-errors';

/** Why `--out` could not be written; the message is one line. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
}

function statOrNull(stat: () => Stats): Stats | null {
  try {
    return stat();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function replaceAtomically(target: string, text: string, mode: number | undefined, shown: string): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    if (mode !== undefined) chmodSync(temporary, mode & 0o7777);
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing to clean up
    }
    throw new OutputError(`cannot write ${shown}: ${describeFsError(error)}`);
  }
}

/** Writes `text` to `path` as described in the file header. Throws OutputError. */
export function writeOutput(path: string, text: string): void {
  try {
    writeTo(path, text);
  } catch (error) {
    if (error instanceof OutputError) throw error;
    throw new OutputError(`cannot write ${path}: ${describeFsError(error)}`);
  }
}

function writeTo(path: string, text: string): void {
  const fail = (reason: string): never => {
    throw new OutputError(`cannot write ${path}: ${reason}`);
  };
  let target = path;
  let info = statOrNull(() => lstatSync(path));
  if (info?.isSymbolicLink()) {
    const resolved = statOrNull(() => statSync(path));
    // A dangling link: writing through it creates the file it names.
    if (resolved === null) return writeFileSync(path, text);
    target = realpathSync(path);
    info = resolved;
  }
  if (info === null) {
    const parent = statOrNull(() => statSync(dirname(path)));
    if (parent === null) return fail(`the directory ${dirname(path)} does not exist`);
    if (!parent.isDirectory()) return fail(`${dirname(path)} is not a directory`);
    return replaceAtomically(path, text, undefined, path);
  }
  if (info.isDirectory()) return fail('it is a directory (give a file name)');
  if (info.isFile()) return replaceAtomically(target, text, info.mode, path);
  // Never renamed over: /dev/null must stay a device, a FIFO a FIFO.
  if (info.isCharacterDevice() || info.isFIFO()) return writeFileSync(target, text);
  return fail('it is not a regular file, a character device or a pipe');
}
