/**
 * Files: open or download a scenario file (the CLI's format, so files move
 * between app and command line), and export the simulated series as CSV and
 * the charts as SVG or PNG. Container.
 */
import { useId } from 'react';
import { resultToCsv } from '../../core/output/csv';
import { serializeScenario } from '../../core/scenario/serialize';
import { useAppStore, useAppStoreApi } from '../../state/use-app-store';
import { buildChartsSvg, svgToPng } from './chart-export';
import { downloadBlob, fileStem } from './download';
import { readScenarioFile } from './read-scenario-file';

export function FilesPanel() {
  const scenario = useAppStore((s) => s.scenario);
  const result = useAppStore((s) => s.result);
  const store = useAppStoreApi();
  const id = useId();
  const stem = fileStem(scenario.name);
  const notify = store.getState().notify;

  const open = async (files: FileList | null): Promise<void> => {
    const file = files?.[0];
    if (file === undefined) return;
    try {
      const read = await readScenarioFile(file);
      if (read.ok) store.getState().loadScenarioText(read.text, `the file “${file.name}”`);
      else notify('error', `Could not open the file “${file.name}”: ${read.message}. The current scenario is kept.`);
    } catch (error) {
      notify('error', `Could not read the file “${file.name}”: ${String(error)}.`);
    }
  };
  const charts = (): ReturnType<typeof buildChartsSvg> => {
    const svg = buildChartsSvg(document.querySelector('[data-testid="charts"]') ?? document, `${scenario.name} — relative to baseline`);
    if (svg === null) notify('error', 'There is no chart to export yet.');
    return svg;
  };
  const exportSvg = (): void => {
    const svg = charts();
    if (svg === null) return;
    downloadBlob(new Blob([svg.text], { type: 'image/svg+xml' }), `${stem}-charts.svg`);
    notify('success', `Downloaded ${stem}-charts.svg.`);
  };
  const exportPng = async (): Promise<void> => {
    const svg = charts();
    if (svg === null) return;
    try {
      downloadBlob(await svgToPng(svg), `${stem}-charts.png`);
      notify('success', `Downloaded ${stem}-charts.png.`);
    } catch (error) {
      notify('error', `PNG export failed: ${error instanceof Error ? error.message : String(error)}. Try the SVG export.`);
    }
  };
  const exportCsv = (): void => {
    if (result === null) return;
    downloadBlob(new Blob([resultToCsv(result)], { type: 'text/csv' }), `${stem}.csv`);
    notify('success', `Downloaded ${stem}.csv (every simulated time point, relative to baseline).`);
  };

  return (
    <div className="files">
      <h3>Files and exports</h3>
      <div className="button-row">
        <input
          id={`${id}-open`}
          className="visually-hidden-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget;
            void open(input.files).finally(() => {
              input.value = '';
            });
          }}
        />
        <label className="button file-button" htmlFor={`${id}-open`}>
          Open scenario file…
        </label>
        <button type="button" onClick={() => downloadBlob(new Blob([serializeScenario(scenario)], { type: 'application/json' }), `${stem}.json`)}>
          Download scenario file
        </button>
      </div>
      <div className="button-row">
        <button type="button" onClick={exportCsv} disabled={result === null}>
          Download CSV
        </button>
        <button type="button" onClick={exportSvg} disabled={result === null}>
          Download charts (SVG)
        </button>
        <button type="button" onClick={() => void exportPng()} disabled={result === null}>
          Download charts (PNG)
        </button>
      </div>
    </div>
  );
}
