/**
 * The technical words students meet in the app's text (preset notes, lessons,
 * agent and output labels, panels), each with the glossary term that
 * explains it. The app links the first use of each in a note or a lesson to
 * its glossary entry; tests check that every word found in student text
 * resolves to a term, so a new word cannot appear without an explanation.
 * Patterns match whole words, case-insensitively (except the all-capital
 * abbreviations, which match as written).
 */
import { findTerm } from './terms';

/** One technical word (or family of spellings) and its glossary term. */
export interface JargonWord {
  readonly pattern: RegExp;
  readonly termId: string;
}

const word = (source: string, termId: string, caseSensitive = false): JargonWord => ({
  pattern: new RegExp(`(?<![\\w-])(?:${source})(?![\\w-])`, caseSensitive ? 'g' : 'gi'),
  termId,
});

/** Every technical word, longer phrases first so that they win over their parts. */
export const JARGON: readonly JargonWord[] = [
  word('testosterone made by the testes|own testosterone production', 'own-testosterone'),
  word('intratesticular testosterone|intratesticular T|ITT', 'intratesticular-testosterone'),
  word('androgen receptors?', 'androgen-receptor'),
  word('estrogen receptors?', 'estrogen-receptor'),
  word('GnRH agonists?|leuprolide', 'gnrh-agonist'),
  word('GnRH antagonists?|degarelix', 'gnrh-antagonist'),
  word('aromatase inhibitors?', 'aromatase-inhibitor'),
  word('withdrawal trough', 'withdrawal-trough'),
  word('negative[- ]feedback', 'negative-feedback'),
  word('positive[- ]feedback', 'positive-feedback'),
  word('LH surges?', 'lh-surge', true),
  word('corpus luteum|corpora lutea', 'corpus-luteum'),
  word('menstrual cycles?', 'menstrual-cycle'),
  word('steady states?', 'steady-state'),
  word('set points?', 'set-point'),
  word('time constants?', 'time-constant'),
  word('uncertainty band', 'uncertainty-band'),
  word('sensitivity analysis|sensitivity sweep', 'sensitivity-analysis'),
  word('spermatogenic (?:cycle|lag|stages?)|germ-cell stages?', 'spermatogenic-cycle'),
  word('gonadotrope priming|self-priming|re-prim\\w*|unprimed|priming|gonadotropes?', 'gonadotrope-priming'),
  word('germ cells?', 'germ-cells'),
  word('seminiferous tubules|tubules?', 'seminiferous-tubules'),
  word('Leydig( cells?)?', 'leydig-cells'),
  word('Sertoli( cells?)?', 'sertoli-cells'),
  word('testosterone cypionate|cypionate', 'testosterone-cypionate'),
  word('intramuscular|subcutaneous|transdermal', 'route-of-administration'),
  word('inhibin B|inhibin', 'inhibin-b'),
  word('primary hypogonadism', 'hypogonadism-primary'),
  word('secondary hypogonadism|GnRH deficiency', 'hypogonadism-secondary'),
  word('orchiectomy|castrat(?:ion|ed|e)', 'castration'),
  word('nadir', 'nadir'),
  word('e-folds?', 'e-fold'),
  word('Hill (?:exponent|function|response)', 'hill-response'),
  word('bolus(?:es)?', 'bolus'),
  word('infusions?', 'infusion'),
  word('depots?', 'depot'),
  word('isomers?|trans-isomer|cis-isomer', 'isomer'),
  word('zuclomiphene', 'zuclomiphene'),
  word('enclomiphene', 'enclomiphene'),
  word('clomiphene', 'clomiphene'),
  word('tamoxifen', 'tamoxifen'),
  word('anastrozole', 'anastrozole'),
  word('letrozole', 'letrozole'),
  word('oophorectomy', 'oophorectomy'),
  word('(?:peri|post)?menopaus\\w*', 'menopause'),
  word('(?:an)?ovulat\\w*', 'ovulation'),
  word('follicles?|follicular', 'follicle'),
  word('progesterone', 'progesterone'),
  word('gonadorelin', 'gonadorelin'),
  word('hCG', 'hcg'),
  word('SERMs?', 'serm'),
  word('aromatase', 'aromatase'),
  word('androgens?', 'androgen'),
  word('gonadotropins?', 'gonadotropins'),
  word('spermatogenesis|spermatogenic', 'spermatogenesis'),
  word('desensiti[sz]\\w*', 'desensitization'),
  word('down-regulat\\w*', 'down-regulation'),
  word('pulsatil\\w*', 'pulsatility'),
  word('epididymis|epididymal', 'epididymis'),
  word('flares?', 'flare'),
  word('half-li(?:fe|ves)|half-times?', 'half-life'),
  word('eigenvalues?', 'eigenvalue'),
  word('hypothalam\\w*', 'hypothalamus'),
  word('pituitary', 'pituitary'),
  word('estradiol|estrogens?', 'estradiol'),
  word('baseline', 'baseline'),
  word('GnRH', 'gnrh', true),
  word('LH', 'lh', true),
  word('FSH', 'fsh', true),
  word('E2', 'estradiol', true),
];

/** A technical word found in a text: where it is and its term. */
export interface JargonMatch {
  readonly index: number;
  readonly text: string;
  readonly termId: string;
}

/**
 * The technical words of `text`, in order, without overlaps (a longer phrase
 * wins over a word inside it).
 */
export function findJargon(text: string): JargonMatch[] {
  const found: JargonMatch[] = [];
  for (const { pattern, termId } of JARGON) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.some((f) => start < f.index + f.text.length && f.index < end)) found.push({ index: start, text: m[0], termId });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Technical words of `text` whose term is missing from the glossary (should be none). */
export function unexplainedJargon(text: string): string[] {
  return findJargon(text).filter((m) => findTerm(m.termId) === undefined).map((m) => m.text);
}
