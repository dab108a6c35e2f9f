/**
 * Closed sets of identifiers used in scenario files: models, agents and subject
 * conditions. They are string-literal unions; switches over them end in assertNever.
 */

/** Models a scenario can run. */
export const MODEL_IDS = ['male-hpg', 'female-hpg', 'smith-1980', 'gh-igf1'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

/** Agents (drugs and hormones) a user can give; ids are the scenario-file ids. */
export const AGENT_IDS = [
  'testosterone-cypionate',
  'testosterone-pellet',
  'testosterone-gel',
  'gonadorelin',
  'gnrh-agonist',
  'gnrh-antagonist',
  'clomiphene',
  'enclomiphene',
  'tamoxifen',
  'anastrozole',
  'hcg',
  'sermorelin',
  'cjc-1295-dac',
  'mod-grf-1-29',
  'tesamorelin',
  'ipamorelin',
  'hexarelin',
  'ibutamoren',
  'somatropin',
  'mecasermin',
  'estradiol-patch',
  'estradiol-pellet',
  'progesterone-oral',
  'progesterone-cream',
  'testosterone-cream',
  'combined-oral-contraceptive',
  'letrozole',
] as const;
export type AgentId = (typeof AGENT_IDS)[number];

/** Subject conditions (disease knobs). */
export const CONDITION_IDS = [
  'orchiectomy', 'steroid-block', 'gnrh-deficiency', 'primary-hypogonadism', 'obesity', 'aging',
  'perimenopause', 'menopause', 'oophorectomy', 'pcos-like', 'hypothalamic-amenorrhea',
  'gh-deficiency', 'ghrh-receptor-deficiency',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

/**
 * Scenario options that select a model's explicit-pulse mode, one per pulsing
 * hormone: a model has at most one, and a scenario may turn on only its own
 * (GnRH pulses of the male axis, GH pulses of the somatotropic axis).
 */
export const PULSE_OPTIONS = ['gnrhPulses', 'ghPulses'] as const;
export type PulseOption = (typeof PULSE_OPTIONS)[number];

/** The hormone whose pulses each option shows (for labels and messages). */
export const PULSE_HORMONE: Readonly<Record<PulseOption, string>> = { gnrhPulses: 'GnRH', ghPulses: 'GH' };

/** Type guard for a pulse option. */
export function isPulseOption(value: string): value is PulseOption {
  return (PULSE_OPTIONS as readonly string[]).includes(value);
}

/** Type guard for an agent id. */
export function isAgentId(value: string): value is AgentId {
  return (AGENT_IDS as readonly string[]).includes(value);
}

/** Type guard for a condition id. */
export function isConditionId(value: string): value is ConditionId {
  return (CONDITION_IDS as readonly string[]).includes(value);
}

/** Type guard for a model id. */
export function isModelId(value: string): value is ModelId {
  return (MODEL_IDS as readonly string[]).includes(value);
}
