/**
 * Every technical word in student text has a glossary entry, and student text
 * carries no model algebra (src/core/glossary/jargon.ts). Student text: preset
 * titles and notes, lessons (question, prompt, options, explanation, what the
 * model shows), agents (name, class, action, reference dose) and the outputs
 * of every model. The app's own labels are checked in the browser
 * (e2e/words.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { AGENT_INFO } from '../../../src/core/agents/agent-info';
import { JARGON, findJargon, unexplainedJargon } from '../../../src/core/glossary/jargon';
import { GLOSSARY, findTerm } from '../../../src/core/glossary/terms';
import { LESSONS } from '../../../src/core/lessons';
import { MODELS } from '../../../src/core/model/registry';
import { PRESETS } from '../../../src/core/scenario/presets';

/** Model algebra: symbols with powers or products, and the model's state names. */
const ALGEBRA = /[A-Za-z]\^|·[A-Za-z]|[A-Za-z]·|\b(?:Dz|Rn|Xe|Xa|aH|eH|eF|iB)\b|\bdenominator\b/;

function studentTexts(): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  for (const p of PRESETS) texts.push({ where: `preset ${p.id}`, text: `${p.title}. ${p.lookFor}` });
  for (const l of LESSONS) {
    const asked = l.prediction;
    const options = asked.kind === 'choice' ? asked.options.map((o) => o.text).join(' ') : '';
    const says = l.expect.map((e) => e.says).join(' ');
    texts.push({ where: `lesson ${l.id}`, text: [l.title, l.question, asked.prompt, options, ...l.explanation, says].join(' ') });
  }
  for (const a of Object.values(AGENT_INFO)) texts.push({ where: `agent ${a.id}`, text: [a.displayName, a.agentClass, a.action, a.reference.description].join('. ') });
  for (const m of Object.values(MODELS)) for (const o of m.outputs) texts.push({ where: `output ${m.id}/${o.id}`, text: `${o.label}. ${o.description}` });
  return texts;
}

describe('jargon', () => {
  it('maps every technical word to a glossary term', () => {
    for (const j of JARGON) expect(findTerm(j.termId), String(j.pattern)).toBeDefined();
  });

  it('finds whole words, longest phrase first, without overlaps', () => {
    expect(findJargon('Intratesticular testosterone falls; LH rises.').map((m) => m.termId)).toEqual(['intratesticular-testosterone', 'lh']);
    expect(findJargon('GnRH agonist depots').map((m) => m.termId)).toEqual(['gnrh-agonist', 'depot']);
    expect(findJargon('the nadir, two e-folds, a bolus').map((m) => m.text)).toEqual(['nadir', 'e-folds', 'bolus']);
    expect(findJargon('Lhasa and slhx')).toEqual([]);
    expect(findJargon('An LH surge, then ovulation; follicle-stimulating hormone; anovulatory PCOS').map((m) => m.termId)).toEqual(['lh-surge', 'ovulation', 'ovulation']);
  });

  it('defines the words students asked about', () => {
    for (const w of ['nadir', 'e-fold', 'Hill exponent', 'bolus', 'infusion', 'cypionate']) {
      const [match] = findJargon(w);
      expect(match, w).toBeDefined();
      expect(GLOSSARY.some((t) => t.id === match!.termId), w).toBe(true);
    }
  });

  it.each(studentTexts().map((t) => [t.where, t.text] as const))('%s: every technical word is in the glossary, with no algebra', (_where, text) => {
    expect(unexplainedJargon(text)).toEqual([]);
    expect(text).not.toMatch(ALGEBRA);
  });
});
