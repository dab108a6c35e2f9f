/** The classic Smith (1980) loop, untreated: it oscillates. */
import type { Preset } from './preset';

export const CLASSIC_SMITH: Preset = {
  id: 'classic-smith',
  title: 'Classic model: a three-hormone loop (Smith 1980)',
  lookFor:
    'GnRH, LH and testosterone rise and fall in turn, each peak a little after the one before: with strong, ' +
    'delayed negative feedback the loop overshoots and never settles.',
  focus: ['gnrh', 'lh', 'testosterone'],
  scenario: {
    format: 'gonadostat-scenario/1',
    name: 'Classic model (Smith 1980), untreated',
    model: 'smith-1980',
    days: 7,
    subject: { conditions: [] },
    regimens: [],
    parameters: {},
    output: { everyHours: 0.25 },
  },
};
