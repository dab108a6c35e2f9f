/** The CLI as a process: exit codes, stdout/stderr, and --out written only on success. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (args: string[]) => spawnSync(tsx, [join(root, 'src', 'cli', 'sim.ts'), ...args], { encoding: 'utf8', cwd: root });

describe('npm run sim', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gonadostat-cli-'));
  const good = join(dir, 'good.json');
  const bad = join(dir, 'bad.json');
  writeFileSync(good, JSON.stringify({ format: 'gonadostat-scenario/1', name: 'ok', model: 'smith-1980', days: 2, output: { everyHours: 6 } }));
  writeFileSync(bad, JSON.stringify({ format: 'gonadostat-scenario/1', name: 'bad', model: 'smith-1980', days: 2, regimens: [{ agent: 'testosterone-cypionate', dose: 21, everyDays: 7 }] }));

  it('writes the CSV to --out and exits 0', () => {
    const out = join(dir, 'good.csv');
    const result = run([good, '--out', out]);
    expect(result.status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe('day,gnrh,lh,testosterone');
  }, 30_000);

  it('exits 2 with a one-line message naming the field, and writes nothing to --out', () => {
    const out = join(dir, 'bad.csv');
    const result = run([bad, '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('regimens[0].dose');
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});

describe('npm run sim -- --sweep', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gonadostat-sweep-'));
  const smith = join(dir, 'smith.json');
  writeFileSync(smith, JSON.stringify({ format: 'gonadostat-scenario/1', name: 'classic', model: 'smith-1980', days: 1, output: { everyHours: 6 } }));

  it('prints a sensitivity CSV and exits 0', () => {
    const result = run([smith, '--sweep', 'sensitivity', '--metric', 'testosterone.mean', '--parameters', 'h,c']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('parameter,low,high,metricLow,metricHigh,swing,notes');
    expect(result.stderr).toBe('');
  }, 30_000);

  it('exits 2 with a message naming the bad option', () => {
    const result = run([smith, '--sweep', 'uncertainty', '--samples', 'many']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("gonadostat sim: --samples must be a whole number from 1 to 10000 (got 'many') (see --help)\n");
  }, 30_000);
});
