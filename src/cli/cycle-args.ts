/**
 * Command-line arguments of `npm run cycle`, the runner of the female model
 * `female-hpg` untreated, in clinical units (scenarios with agents run through `npm run sim`). Parsing is
 * separate from running so that it can be tested without spawning processes.
 */
import { FEMALE_PARAMETERS } from '../core/model/female-hpg/parameters';
import { isFemaleConditionId, type FemaleConditionId } from '../core/model/female-hpg/conditions';
import type { FemaleStart } from '../core/model/female-hpg/simulate-female';
import type { CycleBaselineMode } from '../core/analysis/cycle-baseline';
import { ArgumentError, type CliFormat } from './args';

/** Parsed arguments. */
export interface CycleArgs {
  readonly days: number;
  readonly everyHours: number;
  readonly conditions: readonly FemaleConditionId[];
  readonly parameters: Readonly<Record<string, number>>;
  readonly start: FemaleStart;
  /** 'absolute': clinical units; otherwise divided by the healthy reference cycle. */
  readonly relative: 'absolute' | CycleBaselineMode;
  readonly format: CliFormat;
  readonly metrics: boolean;
  readonly stability: boolean;
}

/** Usage text printed by --help. */
export const CYCLE_USAGE = `Usage: npm run --silent cycle -- [--days N] [--condition ID]... [--set PARAMETER=VALUE]...
         [--every-hours H] [--start subject-baseline|healthy-cycle-day-1]
         [--relative absolute|cycle-mean|same-cycle-day] [--format csv|json] [--metrics] [--stability]

Runs the female model (female-hpg, a reduction of GynCycle, Röblitz 2013) and prints
LH, FSH, estradiol, progesterone, inhibins, testosterone and GnRH in clinical units.
Day 0 is cycle day 1 of the subject's own rhythm. A teaching model, not a dosing tool.

  --days N            days to simulate (default 90, at most 3650)
  --condition ID      perimenopause, menopause, oophorectomy, pcos-like,
                      hypothalamic-amenorrhea or obesity (repeatable)
  --set ID=VALUE      override a parameter of the record (repeatable; range-checked)
  --every-hours H     output spacing (default 6)
  --start S           subject-baseline (default): the subject's own rhythm, or her steady
                      state when her conditions leave none; healthy-cycle-day-1: a healthy
                      woman whose conditions begin at day 0
  --relative MODE     absolute (default); cycle-mean: divided by the healthy cycle's mean;
                      same-cycle-day: divided by the healthy cycle on the same cycle day
  --format csv|json   csv (default) or json (series, reference cycle and metrics)
  --metrics           print the cycle metrics (ovulations, cycle and luteal lengths, peaks)
  --stability         print the reference cycle's period and Floquet multipliers`;

const STARTS: readonly FemaleStart[] = ['subject-baseline', 'healthy-cycle-day-1'];
const RELATIVE: readonly CycleArgs['relative'][] = ['absolute', 'cycle-mean', 'same-cycle-day'];

function number(flag: string, text: string | undefined, min: number, max: number): number {
  const value = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(value)) throw new ArgumentError(`${flag} needs a number`);
  if (value < min || value > max) throw new ArgumentError(`${flag} must be between ${min} and ${max}`);
  return value;
}

/** Parses argv (without node and script); 'help' for --help. Throws ArgumentError naming the flag. */
export function parseCycleArgs(argv: readonly string[]): CycleArgs | 'help' {
  let days = 90;
  let everyHours = 6;
  const conditions: FemaleConditionId[] = [];
  const parameters: Record<string, number> = {};
  let start: FemaleStart = 'subject-baseline';
  let relative: CycleArgs['relative'] = 'absolute';
  let format: CliFormat = 'csv';
  let metrics = false;
  let stability = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new ArgumentError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--help': case '-h': return 'help';
      case '--days': days = number(flag, value(), 1, 3650); break;
      case '--every-hours': everyHours = number(flag, value(), 0.25, 24 * 7); break;
      case '--condition': {
        const id = value();
        if (!isFemaleConditionId(id)) throw new ArgumentError(`--condition: unknown condition "${id}"`);
        conditions.push(id);
        break;
      }
      case '--set': {
        const [id, text] = value().split('=');
        const definition = FEMALE_PARAMETERS.find((p) => p.id === id);
        if (definition === undefined) throw new ArgumentError(`--set: unknown parameter "${id ?? ''}"`);
        parameters[definition.id] = number(`--set ${definition.id}`, text, definition.min, definition.max);
        break;
      }
      case '--start': {
        const s = value();
        if (!(STARTS as readonly string[]).includes(s)) throw new ArgumentError(`--start must be ${STARTS.join(' or ')}`);
        start = s as FemaleStart;
        break;
      }
      case '--relative': {
        const r = value();
        if (!(RELATIVE as readonly string[]).includes(r)) throw new ArgumentError(`--relative must be ${RELATIVE.join(', ')}`);
        relative = r as CycleArgs['relative'];
        break;
      }
      case '--format': {
        const f = value();
        if (f !== 'csv' && f !== 'json') throw new ArgumentError('--format must be csv or json');
        format = f;
        break;
      }
      case '--metrics': metrics = true; break;
      case '--stability': stability = true; break;
      default: throw new ArgumentError(`unknown argument "${flag}"`);
    }
  }
  return { days, everyHours, conditions, parameters, start, relative, format, metrics, stability };
}
