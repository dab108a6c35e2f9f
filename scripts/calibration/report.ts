/**
 * Prints every calibration anchor with its target, tolerance, the model's value
 * with the repo's parameter values and whether it is met, grouped by mechanism.
 *
 * Usage: npm run calibration:report [-- --markdown] [-- --parameters trial.json] [-- --anchors female]
 * (the male model's anchors unless --anchors female)
 */
import { readFileSync } from 'node:fs';
import type { Anchor, Mechanism } from './anchors';
import { anchorsOf, evaluate, type AnchorSet } from './objective';
import { setTrialParameters } from './lib';

const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
const file = args[args.indexOf('--parameters') + 1];
const set: AnchorSet = args.includes('--anchors') && args[args.indexOf('--anchors') + 1] === 'female' ? 'female' : 'all';
if (args.includes('--parameters') && file) setTrialParameters(JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>);

const MECHANISMS: readonly [Mechanism, string][] = [
  ['feedback', 'Steroid feedback'],
  ['pituitary', 'Pituitary: GnRH receptor, priming, stores'],
  ['testis', 'Leydig cells and intratesticular testosterone'],
  ['sperm', 'Spermatogenesis and inhibin B'],
  ['serm', 'SERMs'],
  ['condition', 'Conditions'],
  ['cycle', 'The healthy cycle against GynCycle'],
  ['follicles', 'Follicles'],
];

const f3 = (x: number): string => (!Number.isFinite(x) ? String(x) : Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3));
const target = (a: Anchor): string => `${a.bound === 'atMost' ? '≤ ' : a.bound === 'atLeast' ? '≥ ' : ''}${f3(a.target)}`;
/** The tolerance as the band it allows around the target, e.g. ×/÷ 1.13. */
const band = (a: Anchor): string => `×/÷ ${Math.exp(a.tolerance).toFixed(2)}`;

const anchors = anchorsOf(set);
let met = 0;
let total = 0;
const missed: string[] = [];
for (const [mechanism, title] of MECHANISMS) {
  const group = anchors.filter((a) => a.mechanism === mechanism);
  if (group.length === 0) continue;
  console.log(markdown ? `\n#### ${title}\n\n| Anchor | Source | Target | Tolerance | Model | Miss |\n|---|---|---|---|---|---|` : `\n${title}`);
  for (const a of group) {
    const { value, miss } = evaluate(a);
    const ok = Math.abs(miss) <= 1;
    if (ok) met++;
    else missed.push(`${a.id}: model ${f3(value)}, target ${target(a)} ${band(a)} (miss ${miss.toFixed(2)} tolerances)`);
    total += (a.weight ?? 1) * Math.min(miss * miss, 100);
    const mark = ok ? '' : ' ✗';
    console.log(
      markdown
        ? `| ${a.id} | ${a.source} | ${target(a)} | ${band(a)} | ${f3(value)}${mark} | ${miss.toFixed(2)} |`
        : `  ${a.id.padEnd(58)} target ${target(a).padStart(7)} ${band(a)}  model ${f3(value).padStart(7)}  miss ${miss.toFixed(2).padStart(6)}${mark}`,
    );
  }
}
console.log(`\n${met} of ${anchors.length} anchors within tolerance; objective ${total.toFixed(1)} (weighted squared misses).`);
if (missed.length > 0) console.log(`Missed:\n${missed.map((m) => `  ${m}`).join('\n')}`);
