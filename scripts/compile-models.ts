/**
 * `npm run models`: compiles every model definition into its generated module
 * (src/core/model/<id>/generated/compiled.ts), the equations section of
 * docs/model.md and the researcher panel's compact view. Run it after editing
 * a definition; tests/core/compiler/generated-current.test.ts fails while a
 * committed file differs from what this would write.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedFiles } from '../src/core/compiler/generated-files';

let changed = 0;
for (const file of generatedFiles((path) => readFileSync(path, 'utf8'))) {
  let old = '';
  try {
    old = readFileSync(file.path, 'utf8');
  } catch {
    // new file
  }
  if (old === file.text) continue;
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.text);
  changed++;
  console.log(`wrote ${file.path}`);
}
console.log(changed === 0 ? 'generated files are current' : `${changed} file(s) regenerated`);
