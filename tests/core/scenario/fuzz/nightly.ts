/**
 * The nightly-sized scenario fuzz: `npm run fuzz -- [--valid N] [--invalid N] [--seed S]`
 * (defaults 20,000 valid, 50,000 invalid, a seed from the date), plus the slowest
 * edge cases. Prints the summary, writes reports/fuzz-nightly.json, and exits
 * 1 when anything failed (docs/robustness.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { runFuzz, summarizeFuzz } from './run-fuzz';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`--${name} needs a whole number (got ${process.argv[i + 1]})`);
    process.exit(2);
  }
  return value;
}

const today = new Date();
const seed = option('seed', today.getUTCFullYear() * 10_000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate());
const report = runFuzz({
  valid: option('valid', 20_000),
  invalid: option('invalid', 50_000),
  seed,
  nightly: true,
  progress: (line) => console.log(line),
});
console.log(summarizeFuzz(report));
for (const edge of report.valid.edges) console.log(`  edge ${edge.ms.toFixed(0)} ms: ${edge.label} → ${edge.outcome}`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/fuzz-nightly.json', JSON.stringify(report, null, 2));
const bad = report.valid.failures.length + report.invalid.wronglyAccepted.length + report.invalid.unhandled.length + report.invalid.overlongMessages.length;
if (bad > 0 || report.validationMs.p99 > 50) {
  console.log(`FAILED: ${bad} cases (see reports/fuzz-nightly.json; rerun with --seed ${seed})`);
  process.exit(1);
}
