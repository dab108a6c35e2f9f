/**
 * The generated equations section of docs/model.md for one model, in LaTeX
 * (GitHub renders $…$ and $$…$$), spliced between marker comments so the
 * prose around it stays hand-written.
 */
import type { ModelSource } from '../model/model-source';
import { latex } from './render-equations';

/** Markers around a model's generated section. */
export const docsMarkers = (id: string): readonly [string, string] => [
  `<!-- BEGIN GENERATED: ${id} equations (npm run models) -->`,
  `<!-- END GENERATED: ${id} equations -->`,
];

const text = (def: string | { readonly expr: string }): string => (typeof def === 'string' ? def : def.expr);
const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** The markdown of a model's equations. */
export function equationsMarkdown(source: ModelSource, definitionPath: string): string {
  const out: string[] = [];
  out.push(`Generated from the definition (\`${definitionPath}\`) by \`npm run models\`; edit the definition, not this section.`);
  out.push('', '**Constants** (computed once per run from the parameters)', '', '| symbol | formula |', '|---|---|');
  for (const [name, def] of Object.entries(source.constants)) out.push(`| \`${name}\` | ${typeof def === 'string' ? `$${cell(latex(def))}$` : cell(def.meaning)} |`);
  out.push('', '**Quantities** (evaluated in this order)', '', '| symbol | formula | meaning |', '|---|---|---|');
  for (const [q, def] of Object.entries(source.quantities)) out.push(`| \`${q}\` | $${cell(latex(text(def)))}$ | ${typeof def === 'object' ? cell(def.meaning) : ''} |`);
  if (Object.keys(source.switches).length > 0) {
    out.push('', '**Switches** (the solver finds each sign change as a state event and changes branch there)', '');
    for (const [name, sw] of Object.entries(source.switches)) out.push(`- \`${name}\`: $${latex(sw.when)}$ — ${sw.meaning}`);
  }
  out.push('', '**States**', '');
  for (const [s, def] of Object.entries(source.derivatives)) out.push(`$$\\frac{d\\,\\mathrm{${s}}}{dt} = ${latex(def)}$$`, '', `(${source.states[s]!.label}, ${source.states[s]!.unit}; baseline ${source.states[s]!.baseline})`, '');
  const pm = source.pulseMode;
  if (pm) {
    out.push(`**Explicit pulses** (scenario option \`${pm.option}\`): these replace the quantities above`, '');
    for (const [q, def] of Object.entries(pm.quantities)) out.push(`- $\\mathrm{${q}} = ${latex(def)}$`);
    out.push('', 'and add the states', '');
    for (const [s, def] of Object.entries(pm.derivatives)) {
      const state = pm.states[s];
      out.push(`$$\\frac{d\\,\\mathrm{${s}}}{dt} = ${latex(def)}$$`, '', ...(state ? [`(${state.label}, ${state.unit})`, ''] : []));
    }
    out.push(`with a pulse every $${latex(pm.pulse.every)}$ h: ${Object.entries(pm.pulse.set).map(([s, e]) => `$\\mathrm{${s}} \\leftarrow ${latex(e)}$`).join(', ')}.`, '');
    out.push('Constants this mode adds or replaces:', '', '| symbol | formula |', '|---|---|');
    for (const [name, def] of Object.entries(pm.constants)) out.push(`| \`${name}\` | ${typeof def === 'string' ? `$${cell(latex(def))}$` : cell(def.meaning)} |`);
    out.push('');
  }
  const agents = Object.entries(source.agents);
  if (agents.length > 0) {
    out.push('**Agents** (a dose of 1 adds the bolus amount; an infusion of 1 feeds the input at its reference rate)', '', '| agent | kinetics | acts through |', '|---|---|---|');
    for (const [id, agent] of agents) {
      const kinetics = [
        ...Object.entries(agent!.derivatives ?? {}).map(([s, e]) => `$\\frac{d\\,\\mathrm{${s}}}{dt} = ${cell(latex(e))}$`),
        ...Object.entries(agent!.exact ?? {}).map(([x, ex]) => `$\\mathrm{${x}}$ closed form of $\\frac{d\\,\\mathrm{${x}}}{dt} = \\mathrm{${ex.input}} - ${cell(latex(ex.rate))}\\cdot\\mathrm{${x}}$`),
      ];
      const signals = Object.entries(agent!.signals).map(([s, e]) => `$\\mathrm{${s}} \\mathrel{+}= ${cell(latex(e))}$`);
      out.push(`| \`${id}\` | ${kinetics.join('<br>') || '—'} | ${signals.join('<br>') || 'its bolus: ' + Object.keys(agent!.bolus).join(', ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** `doc` with the model's section replaced (markers kept); throws if the markers are missing. */
export function spliceDocs(doc: string, id: string, markdown: string): string {
  const [begin, end] = docsMarkers(id);
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs/model.md lacks the markers ${begin} … ${end}`);
  return `${doc.slice(0, i + begin.length)}\n${markdown}\n${doc.slice(j)}`;
}
