/**
 * Generated files are committed (so the app, the CLI, vitest and an editor use
 * them with no build step); this test fails while any of them differs from
 * what the compiler makes of the current definitions. Fix: `npm run models`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { generatedFiles } from '../../../src/core/compiler/generated-files';

describe('generated files', () => {
  const files = generatedFiles((path) => readFileSync(path, 'utf8'));
  it.each(files.map((f) => [f.path, f] as const))('%s is current (run `npm run models` after editing a definition)', (path, file) => {
    expect(readFileSync(path, 'utf8') === file.text, `${path} is stale: run npm run models`).toBe(true);
  });
});
