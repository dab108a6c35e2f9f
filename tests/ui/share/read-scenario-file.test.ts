/** The app reads scenario files as the CLI does (src/ui/share/read-scenario-file.ts). */
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../../src/ui/share/read-scenario-file';

const text = '{"format":"gonadostat-scenario/1","name":"Gel — 名前","model":"male-hpg","days":10}';

describe('readScenarioFile', () => {
  it('decodes UTF-16 with a byte-order mark (File.text() would not)', async () => {
    const blob = new Blob([new Uint8Array([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await expect(readScenarioFile(blob)).resolves.toEqual({ ok: true, text });
  });

  it('refuses a file too large to be a scenario without reading it', async () => {
    const huge = { size: 10_000_000, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as Blob;
    await expect(readScenarioFile(huge)).resolves.toEqual({ ok: false, message: expect.stringMatching(/too large/) });
  });
});
