/**
 * Issue 13, case 6: the CLI at its edges, as a process. `--out` into a missing
 * directory or onto a directory gave a stack trace; onto a symbolic link or a
 * device node it replaced what the user pointed at; control characters from a
 * scenario reached the terminal raw; UTF-16 files were refused.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (args: string[]) => spawnSync(tsx, [join(root, 'src', 'cli', 'sim.ts'), ...args], { encoding: 'utf8', cwd: root, timeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'gonadostat-cli-edges-'));
const scenario = { format: 'gonadostat-scenario/1', name: 'ok', model: 'smith-1980', days: 1, output: { everyHours: 6 } };
const good = join(dir, 'good.json');
writeFileSync(good, JSON.stringify(scenario));
const header = 'day,gnrh,lh,testosterone';

/** Exit code 2 with exactly one line on stderr, no stack trace. */
function expectOneLineFailure(result: ReturnType<typeof run>, message: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).toMatch(message);
}

describe('--out', () => {
  it('into a missing directory: one line, exit 2', () => {
    expectOneLineFailure(run([good, '--out', join(dir, 'missing', 'out.csv')]), /cannot write .*missing\/out\.csv: the directory .* does not exist/);
  }, 30_000);

  it('onto a directory: one line, exit 2', () => {
    const target = join(dir, 'a-directory');
    mkdirSync(target);
    expectOneLineFailure(run([good, '--out', target]), /cannot write .*a-directory: it is a directory/);
  }, 30_000);

  it('onto a symbolic link: writes the file it points to and keeps the link', () => {
    const real = join(dir, 'real.csv');
    const link = join(dir, 'link.csv');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    expect(run([good, '--out', link]).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8').split('\n')[0]).toBe(header);
  }, 30_000);

  it('onto a dangling symbolic link: creates its target and keeps the link', () => {
    const target = join(dir, 'created.csv');
    const link = join(dir, 'dangling.csv');
    symlinkSync(target, link);
    expect(run([good, '--out', link]).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8').split('\n')[0]).toBe(header);
  }, 30_000);

  it('onto a named pipe: writes into it, and it stays a pipe', async () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    try {
      expect(run([good, '--out', fifo]).status).toBe(0);
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000))]);
      expect(received.split('\n')[0]).toBe(header);
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    } finally {
      reader.kill(); // a reader left waiting on a pipe that was replaced would never end
    }
  }, 30_000);

  const device = join(dir, 'null-device');
  const haveDevice = spawnSync('mknod', [device, 'c', '1', '3']).status === 0;
  it.runIf(haveDevice)('onto a character device (a private copy of /dev/null): writes into it, never replaces it', () => {
    expect(run([good, '--out', device]).status).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  }, 30_000);
});

describe('terminal output', () => {
  it('shows control characters from a scenario as escapes, on one line', () => {
    const hostile = join(dir, 'hostile.json');
    writeFileSync(hostile, JSON.stringify({ ...scenario, model: '\u001b]0;pwned\u0007\u001b[2J\nsmith' }));
    const result = run([hostile]);
    expectOneLineFailure(result, /model: must be one of: .*\\x1b\]0;pwned\\x07\\x1b\[2J\\x0asmith/);
    expect(result.stderr).not.toContain('\u001b');
  }, 30_000);

  it('escapes control characters in a file name', () => {
    expectOneLineFailure(run([join(dir, 'no\u001b[31mfile.json')]), /cannot read .*no\\x1b\[31mfile\.json: no such file or directory/);
  }, 30_000);
});

describe('input files', () => {
  it('reads UTF-16 with a byte-order mark, as the app does', () => {
    const text = JSON.stringify(scenario);
    const utf16 = join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = run([utf16]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(header);
  }, 30_000);

  it('stops reading an endless input at the size limit', () => {
    expectOneLineFailure(run(['/dev/zero']), /the file is too large: scenario files are limited to 1 MB/);
  }, 30_000);

  it('refuses a directory as the scenario file', () => {
    expectOneLineFailure(run([dir]), /it is a directory, not a scenario file/);
  }, 30_000);
});
