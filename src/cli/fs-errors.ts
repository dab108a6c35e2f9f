/** File-system errors in a few plain words, for one-line CLI messages. */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the file name is too long',
  EBUSY: 'the file is busy',
  ENXIO: 'no reader or device at the other end',
};

/** Why a file operation failed, e.g. "permission denied" (the error's own message when the code is unknown). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && code in REASONS) return REASONS[code]!;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
