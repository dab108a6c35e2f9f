/**
 * Writes every preset as a scenario file under docs/examples/ (the CLI's
 * format), so users have ready-made files to run and edit:
 *   npm run --silent sim -- docs/examples/trt-abrupt-stop.json --metrics
 * Run by `npm run validate`; a test checks the files match the presets.
 */
import { writeFileSync } from 'node:fs';
import { PRESETS } from '../src/core/scenario/presets';
import { serializeScenario } from '../src/core/scenario/serialize';

for (const preset of PRESETS) {
  const scenario = { ...preset.scenario, description: preset.lookFor };
  writeFileSync(new URL(`../docs/examples/${preset.id}.json`, import.meta.url), serializeScenario(scenario));
}
console.log(`${PRESETS.length} example scenario files written to docs/examples/`);
