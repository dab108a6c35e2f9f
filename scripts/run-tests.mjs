#!/usr/bin/env node
// Runs every check the project has, in order, and ends with one plain line
// "N passed, N failed" totalling the test cases of vitest and Playwright.
// Type-check and lint are counted as one case each, so a run that executed
// no test is visible. Exits non-zero when anything failed.
//
// Usage: node scripts/run-tests.mjs [--skip-e2e]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const skipE2e = process.argv.includes('--skip-e2e');
mkdirSync('reports', { recursive: true });
for (const f of ['reports/vitest.json', 'reports/playwright.json']) rmSync(f, { force: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  console.log(`=== ${label} finished in ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${result.status})`);
  return result.status === 0;
}

function countCheck(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function readJson(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

countCheck('type-check', run('type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
countCheck('lint', run('lint', 'npx', ['eslint', '.']));

const vitestOk = run('vitest', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=reports/vitest.json',
]);
const vitest = readJson('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  if (!vitestOk && (vitest.numFailedTests ?? 0) === 0) countCheck('vitest (suite error)', false);
} else countCheck('vitest (no report)', vitestOk && false);
if (!vitestOk) failures.push('vitest');

if (!skipE2e) {
  const e2eOk = run('playwright', 'npx', ['playwright', 'test']);
  const pw = readJson('reports/playwright.json');
  if (pw?.stats) {
    passed += (pw.stats.expected ?? 0) + (pw.stats.flaky ?? 0);
    failed += pw.stats.unexpected ?? 0;
    if (!e2eOk && (pw.stats.unexpected ?? 0) === 0) countCheck('playwright (run error)', false);
  } else countCheck('playwright (no report)', false);
  if (!e2eOk) failures.push('playwright');
}

if (failures.length > 0) console.log(`\nFailed: ${[...new Set(failures)].join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length > 0 ? 1 : 0);
