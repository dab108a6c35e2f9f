/**
 * The glossary: domain terms in our own words (one to three sentences each),
 * linked to related terms by id, for labels, lessons and the researcher panel.
 * Definitions describe the physiology as the model represents it; where the
 * model simplifies, the definition says so.
 */

/** One glossary entry. */
export interface GlossaryTerm {
  /** Stable id, kebab-case (links from lessons and labels). */
  readonly id: string;
  /** The term as a physiologist writes it. */
  readonly term: string;
  /** Other names or abbreviations. */
  readonly aka?: readonly string[];
  readonly definition: string;
  /** Related term ids. */
  readonly see: readonly string[];
}

/** Every term, alphabetical by `term`. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  { id: 'anastrozole', term: 'Anastrozole', definition: 'A drug that blocks aromatase, taken by mouth. Less testosterone is turned into estradiol, so estrogen feedback weakens and LH and testosterone rise.', see: ['aromatase-inhibitor', 'aromatase', 'estradiol'] },
  { id: 'androgen-receptor', term: 'Androgen receptor', definition: 'The receptor through which testosterone acts inside cells. In the model it carries the part of the negative feedback on the hypothalamus that testosterone exerts itself, which matters mostly above normal testosterone levels.', see: ['testosterone', 'negative-feedback', 'estrogen-receptor'] },
  { id: 'aromatase', term: 'Aromatase', definition: 'The enzyme that turns testosterone into estradiol. In men most of it works in fat and other tissues outside the testes, which is why obesity raises estradiol.', see: ['estradiol', 'aromatase-inhibitor', 'testosterone'] },
  { id: 'aromatase-inhibitor', term: 'Aromatase inhibitor', aka: ['AI'], definition: 'A drug that blocks aromatase and so lowers estradiol. Because estradiol does much of the feedback in men, blocking aromatase raises LH and testosterone.', see: ['aromatase', 'anastrozole', 'estradiol', 'serm'] },
  { id: 'baseline', term: 'Baseline', definition: 'The levels of a healthy, untreated man at his steady state. Every output of the simulator is shown as a multiple of it, so 1 means normal and 0.5 means half of normal.', see: ['steady-state', 'set-point'] },
  { id: 'castration', term: 'Castration', aka: ['orchiectomy'], definition: 'Removal of the testes (orchiectomy), or drugs that switch them off. Testosterone, estradiol and inhibin B disappear, and with their feedback gone LH and FSH climb and stay high.', see: ['negative-feedback', 'gnrh-agonist', 'gnrh-antagonist'] },
  { id: 'clomiphene', term: 'Clomiphene', definition: 'A SERM taken by mouth that is a mixture of two isomers: enclomiphene, which blocks the estrogen receptor and is cleared within a day, and zuclomiphene, a weak partial activator that lingers for weeks and builds up with daily use.', see: ['serm', 'enclomiphene', 'half-life'] },
  { id: 'desensitization', term: 'Desensitization', definition: 'A receptor that stays occupied stops passing on its signal for a while. GnRH receptors recover between natural pulses; under constant stimulation they stay desensitized.', see: ['down-regulation', 'pulsatility', 'gnrh'] },
  { id: 'down-regulation', term: 'Down-regulation', definition: 'A longer-lasting loss of responsiveness: after sustained desensitization, cells remove receptors from their surface, and it takes weeks to rebuild them. It is how GnRH agonists shut the pituitary down.', see: ['desensitization', 'gnrh-agonist', 'flare'] },
  { id: 'eigenvalue', term: 'Eigenvalue (of a steady state)', definition: 'A rate that describes how a small disturbance away from a steady state changes. Its real part says how fast the disturbance dies out (or grows); an imaginary part means the return overshoots and oscillates.', see: ['time-constant', 'stability', 'steady-state'] },
  { id: 'enclomiphene', term: 'Enclomiphene', definition: 'The estrogen-receptor-blocking isomer of clomiphene, also given on its own. It is cleared within about a day, so its effect ends soon after the last dose.', see: ['clomiphene', 'serm'] },
  { id: 'estradiol', term: 'Estradiol', aka: ['E2'], definition: 'The main estrogen. In men it is made mostly from testosterone by aromatase, and it does much of the negative feedback on the hypothalamus and pituitary.', see: ['aromatase', 'estrogen-receptor', 'negative-feedback'] },
  { id: 'estrogen-receptor', term: 'Estrogen receptor', definition: 'The receptor through which estradiol acts. SERMs compete for it; in the model its activation, lagging estradiol by hours, restrains GnRH, LH release and FSH.', see: ['estradiol', 'serm', 'negative-feedback'] },
  { id: 'exogenous-testosterone', term: 'Exogenous testosterone', aka: ['TRT', 'testosterone therapy'], definition: 'Testosterone given from outside the body, by injection, gel or implant. The brain reads it like the testes’ own, so it suppresses LH and FSH and with them the testes.', see: ['testosterone', 'negative-feedback', 'withdrawal-trough'] },
  { id: 'flare', term: 'Flare', definition: 'The brief surge of LH and testosterone when a GnRH agonist is first given, before desensitization and down-regulation take over and suppress them.', see: ['gnrh-agonist', 'desensitization', 'down-regulation'] },
  { id: 'fsh', term: 'FSH', aka: ['follicle-stimulating hormone'], definition: 'A pituitary hormone that, together with a high testosterone inside the testes, supports sperm production through the Sertoli cells. Inhibin B from the testes and estradiol hold it in check.', see: ['lh', 'inhibin-b', 'sertoli-cells', 'spermatogenesis'] },
  { id: 'gnrh', term: 'GnRH', aka: ['gonadotropin-releasing hormone'], definition: 'The hypothalamic hormone that drives the pituitary to release LH and FSH. It is released in pulses about every one to two hours, and the pituitary needs the pauses between pulses to keep responding.', see: ['pulsatility', 'lh', 'fsh', 'gonadorelin'] },
  { id: 'gnrh-agonist', term: 'GnRH agonist', definition: 'A long-acting drug that activates the GnRH receptor and does not let go. After a flare it desensitizes and down-regulates the receptors, and testosterone falls to castrate levels within weeks.', see: ['flare', 'down-regulation', 'gnrh-antagonist', 'castration'] },
  { id: 'gnrh-antagonist', term: 'GnRH antagonist', definition: 'A drug that occupies the GnRH receptor without activating it. LH and testosterone fall within days, without a flare.', see: ['gnrh-agonist', 'gnrh', 'castration'] },
  { id: 'gonadorelin', term: 'Gonadorelin', definition: 'Synthetic GnRH, identical to the natural hormone and cleared within minutes. Given in pulses by a pump it restores LH and FSH; given continuously it desensitizes the pituitary.', see: ['gnrh', 'pulsatility', 'desensitization'] },
  { id: 'half-life', term: 'Half-life', definition: 'The time for a level to fall by half once its supply stops. After about five half-lives little is left; under regular dosing a drug accumulates until intake and clearance balance.', see: ['steady-state', 'time-constant'] },
  { id: 'hcg', term: 'hCG', aka: ['human chorionic gonadotropin'], definition: 'A hormone that binds the LH receptor of the Leydig cells and so stands in for LH at the testes, while the pituitary’s own LH and FSH stay suppressed if testosterone is high.', see: ['lh', 'leydig-cells', 'intratesticular-testosterone'] },
  { id: 'hypogonadism-primary', term: 'Hypogonadism, primary', definition: 'Low testosterone because the testes themselves fail. The pituitary senses the shortfall, so LH and FSH are high.', see: ['hypogonadism-secondary', 'leydig-cells', 'negative-feedback'] },
  { id: 'hypogonadism-secondary', term: 'Hypogonadism, secondary', definition: 'Low testosterone because the hypothalamus or pituitary does not drive the testes: LH and FSH are low or inappropriately normal. GnRH deficiency, suppression by exogenous testosterone and strong estrogen feedback are examples.', see: ['hypogonadism-primary', 'gnrh', 'lh'] },
  { id: 'hypothalamus', term: 'Hypothalamus', definition: 'The part of the brain that releases GnRH. In the model it is where testosterone and estradiol exert most of their negative feedback.', see: ['gnrh', 'pituitary', 'negative-feedback'] },
  { id: 'inhibin-b', term: 'Inhibin B', definition: 'A hormone made by the Sertoli cells, more when sperm production is active. It restrains FSH at the pituitary, tying FSH to the state of the tubules.', see: ['fsh', 'sertoli-cells', 'spermatogenesis'] },
  { id: 'intratesticular-testosterone', term: 'Intratesticular testosterone', aka: ['ITT'], definition: 'Testosterone inside the testes, where it is about a hundred times the serum level because the Leydig cells make it there. Sperm production needs it; exogenous testosterone cannot supply it, because it suppresses the LH that drives the Leydig cells.', see: ['leydig-cells', 'spermatogenesis', 'exogenous-testosterone'] },
  { id: 'leydig-cells', term: 'Leydig cells', definition: 'Cells between the tubules of the testes that make testosterone in response to LH. Without LH for months their capacity shrinks, and it takes weeks to months to regrow.', see: ['lh', 'testosterone', 'withdrawal-trough'] },
  { id: 'lh', term: 'LH', aka: ['luteinizing hormone'], definition: 'A pituitary hormone that makes the Leydig cells produce testosterone and, over weeks, keeps them in working order. GnRH drives it; testosterone and estradiol hold it back.', see: ['gnrh', 'leydig-cells', 'fsh', 'hcg'] },
  { id: 'negative-feedback', term: 'Negative feedback', definition: 'A loop in which a product restrains its own production: more testosterone and estradiol mean less GnRH and LH, and so less testosterone. It holds levels near a set point and pushes back against anything that moves them.', see: ['set-point', 'steady-state', 'estradiol', 'androgen-receptor'] },
  { id: 'pituitary', term: 'Pituitary', definition: 'The gland below the brain that releases LH and FSH when GnRH reaches its receptors. Estradiol also damps LH release here, and inhibin B restrains FSH.', see: ['lh', 'fsh', 'gnrh', 'hypothalamus'] },
  { id: 'pulsatility', term: 'Pulsatility', definition: 'Release in bursts rather than steadily. GnRH must reach the pituitary in pulses: continuous exposure desensitizes the receptors and switches LH off.', see: ['gnrh', 'desensitization', 'gonadorelin'] },
  { id: 'sensitivity-analysis', term: 'Sensitivity analysis', definition: 'Changing one parameter at a time by a set fraction and seeing how much a result moves. It shows which assumptions a conclusion depends on most, for small changes around the chosen values.', see: ['uncertainty-band', 'baseline'] },
  { id: 'serm', term: 'SERM', aka: ['selective estrogen receptor modulator'], definition: 'A drug that acts on the estrogen receptor, blocking it in some tissues. At the hypothalamus and pituitary it hides estradiol from the feedback, so LH, testosterone and, with aromatase untouched, estradiol rise.', see: ['estrogen-receptor', 'clomiphene', 'enclomiphene', 'tamoxifen', 'aromatase-inhibitor'] },
  { id: 'sertoli-cells', term: 'Sertoli cells', definition: 'The cells lining the tubules of the testes that nurse developing sperm. They respond to FSH and intratesticular testosterone and make inhibin B.', see: ['fsh', 'inhibin-b', 'spermatogenesis'] },
  { id: 'set-point', term: 'Set point', definition: 'The level a feedback loop holds a hormone at when nothing disturbs it. It is not stored anywhere: it is where production and clearance balance.', see: ['negative-feedback', 'steady-state', 'baseline'] },
  { id: 'spermatogenesis', term: 'Spermatogenesis', definition: 'The production of sperm in the tubules of the testes, which takes about ten weeks from stem cell to sperm. It needs FSH and a high intratesticular testosterone, so it falls and recovers over months.', see: ['fsh', 'intratesticular-testosterone', 'sertoli-cells'] },
  { id: 'stability', term: 'Stability (of a steady state)', definition: 'A steady state is stable when small disturbances die out, which happens when every eigenvalue has a negative real part. An unstable one cannot be held: the classic three-hormone model oscillates instead.', see: ['eigenvalue', 'steady-state', 'time-constant'] },
  { id: 'steady-state', term: 'Steady state', definition: 'A state in which nothing changes any more because every production rate equals its clearance. With agents given steadily, the axis settles at a new steady state.', see: ['set-point', 'baseline', 'stability'] },
  { id: 'tamoxifen', term: 'Tamoxifen', definition: 'A SERM with a half-life of several days that blocks the estrogen receptor at the hypothalamus and pituitary, raising LH and testosterone.', see: ['serm', 'estrogen-receptor'] },
  { id: 'testosterone', term: 'Testosterone', aka: ['T'], definition: 'The main male sex steroid, made by the Leydig cells under LH. Some of it is turned into estradiol; both restrain GnRH and LH.', see: ['leydig-cells', 'estradiol', 'androgen-receptor', 'intratesticular-testosterone'] },
  { id: 'time-constant', term: 'Time constant', definition: 'The time for a disturbance to shrink to about a third (1/e) of its size; it is the reciprocal of the decay rate, and about 1.44 times the half-time. The slowest time constant tells how long the whole axis takes to settle.', see: ['eigenvalue', 'half-life'] },
  { id: 'uncertainty-band', term: 'Uncertainty band', definition: 'The range within which a simulated curve lies when parameters are drawn at random within plausible ranges, shown here from the 5th to the 95th percentile of the runs. It shows how much a prediction depends on values nobody knows exactly.', see: ['sensitivity-analysis'] },
  { id: 'withdrawal-trough', term: 'Withdrawal trough', definition: 'The dip of testosterone below normal after exogenous testosterone stops: LH comes back within days, but the Leydig cells, shrunk during therapy, need weeks to months to catch up.', see: ['exogenous-testosterone', 'leydig-cells', 'lh'] },
];

/** The term with this id, if any. */
export function findTerm(id: string): GlossaryTerm | undefined {
  return GLOSSARY.find((t) => t.id === id);
}
