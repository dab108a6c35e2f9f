/**
 * The zod schema of a `gonadostat-scenario/1` file: field types, defaults and
 * ranges that can be checked without knowing the model. Checks that need the
 * model (supported agents, parameter ranges) and whole-scenario budgets live
 * in model-checks.ts. Every object is strict: an unknown field is an error, so
 * a typo such as `everyDay` cannot be silently ignored.
 *
 * Messages: specific ones are written here; the rest come from the friendly
 * error map in zod-messages.ts.
 */
import * as z from 'zod';
import { assertNever } from '../assert-never';
import { AGENT_IDS, CONDITION_IDS, MODEL_IDS } from '../model/ids';
import { describeValue, formatNumber } from './describe-value';
import { SCENARIO_LIMITS as L } from './limits';
import { conditionId } from './regimen-schedule';
import { SCENARIO_FORMAT } from './types';

// The page's CSP forbids eval: tell zod not to probe for it (its probe, new Function(''), is reported as a violation).
z.config({ jitless: true });

/** Format tags this version reads (it writes only SCENARIO_FORMAT). */
export const SUPPORTED_FORMATS: readonly string[] = [SCENARIO_FORMAT];

/** Regimen modes, in the order documented. */
export const REGIMEN_MODES = ['bolus', 'infusion'] as const;

function formatTagMessage(input: unknown): string {
  const readable = SUPPORTED_FORMATS.join(', ');
  if (input === undefined) return `is required: a scenario file says "format": "${SCENARIO_FORMAT}"`;
  return `this version of Gonadostat reads scenario format ${readable} only (got ${describeValue(input)})`;
}

const formatSchema = z.literal(SCENARIO_FORMAT, { error: (issue) => formatTagMessage(issue.input) });

/** A character someone can see: a letter, digit, punctuation mark or symbol (not a space, mark or format character). */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** Control characters (C0, DEL, C1): line breaks, tabs, terminal escape codes. */
const CONTROL = /\p{Cc}/u;
/** Control characters other than tab, line feed and carriage return. */
const CONTROL_EXCEPT_LINES = /(?![\t\n\r])\p{Cc}/u;

/** True when `text` has at least one visible character (a zero-width space alone is not a name). */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}

const nameSchema = z
  .string()
  .max(L.maxNameLength)
  .refine(hasVisibleCharacter, {
    error: (issue) =>
      typeof issue.input === 'string' && issue.input.trim() !== ''
        ? 'must contain a visible character (invisible characters such as a zero-width space alone are not a name)'
        : 'must not be empty',
  })
  .refine((name) => !CONTROL.test(name), { error: 'must not contain control characters (line breaks, tabs or escape codes)' });

const descriptionSchema = z
  .string()
  .max(L.maxDescriptionLength)
  .refine((text) => !CONTROL_EXCEPT_LINES.test(text), { error: 'must not contain control characters other than tabs and line breaks' });

const conditionOnsetSchema = z.strictObject({
  id: z.enum(CONDITION_IDS),
  fromDay: z.number().min(0).default(0),
});

/** A condition: a bare id (present from the start) or {id, fromDay}. */
const conditionEntrySchema = z.union([z.string().pipe(z.enum(CONDITION_IDS)), conditionOnsetSchema]);

const conditionsSchema = z.array(conditionEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const id = conditionId(entry);
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index], message: `condition '${id}' is listed more than once` });
    seen.add(id);
  });
});

const subjectSchema = z.strictObject({ conditions: conditionsSchema.default(() => []) });

const everyDaysSchema = z
  .number()
  .min(L.minEveryDays, {
    error: (issue) => `must be at least 1/24 day (one hour; use everyHours for pumps) (got ${describeValue(issue.input)})`,
  })
  .max(L.maxEveryDays);

/** A regimen's fields, before the checks that relate them. */
const regimenFieldsSchema = z.strictObject({
  agent: z.enum(AGENT_IDS),
  dose: z.number().gt(0).max(L.maxDose),
  mode: z.enum(REGIMEN_MODES).default('bolus'),
  everyDays: everyDaysSchema.optional(),
  everyHours: z.number().min(L.minEveryHours).max(L.maxEveryHours).optional(),
  fromDay: z.number().min(0).default(0),
  untilDay: z.number().optional(),
});

type RegimenFields = z.output<typeof regimenFieldsSchema>;

/** Interval fields must match the mode; the regimen must not end before it starts. */
function checkRegimen(regimen: RegimenFields, ctx: z.RefinementCtx<RegimenFields>): void {
  const { mode, everyDays, everyHours } = regimen;
  switch (mode) {
    case 'bolus':
      if (everyDays !== undefined && everyHours !== undefined) {
        ctx.addIssue({ code: 'custom', path: [], message: 'give the bolus interval once: everyDays or everyHours, not both' });
      } else if (everyDays === undefined && everyHours === undefined) {
        ctx.addIssue({ code: 'custom', path: [], message: 'a bolus regimen needs an interval: everyDays (e.g. 7) or everyHours (e.g. 1.5)' });
      }
      break;
    case 'infusion':
      for (const field of ['everyDays', 'everyHours'] as const) {
        if (regimen[field] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [field], message: 'not used by an infusion, which runs continuously (remove it, or set "mode": "bolus")' });
        }
      }
      break;
    default:
      assertNever(mode, 'regimen mode');
  }
  if (regimen.untilDay !== undefined && regimen.untilDay < regimen.fromDay) {
    ctx.addIssue({
      code: 'custom',
      path: ['untilDay'],
      message: `must not be before fromDay (${formatNumber(regimen.fromDay)}) (got ${formatNumber(regimen.untilDay)})`,
    });
  }
}

const regimenSchema = regimenFieldsSchema.superRefine(checkRegimen);

const outputSchema = z.strictObject({
  everyHours: z.number().min(L.minOutputEveryHours).max(L.maxOutputEveryHours).default(L.defaultOutputEveryHours),
});

const optionsSchema = z.strictObject({ gnrhPulses: z.boolean().optional(), ghPulses: z.boolean().optional() });

/** The whole file. Field order here is the canonical order (serialize.ts writes the same). */
export const ScenarioFileSchema = z.strictObject({
  format: formatSchema,
  name: nameSchema,
  description: descriptionSchema.optional(),
  model: z.enum(MODEL_IDS),
  days: z.number().gt(0).max(L.maxDays),
  subject: subjectSchema.default(() => ({ conditions: [] })),
  regimens: z.array(regimenSchema).max(L.maxRegimens).default(() => []),
  parameters: z.record(z.string(), z.number()).default(() => ({})),
  output: outputSchema.default(() => ({ everyHours: L.defaultOutputEveryHours })),
  options: optionsSchema.optional(),
});

/** A scenario file as written, before defaults are filled in. */
export type ScenarioFile = z.input<typeof ScenarioFileSchema>;

/** Fields an object accepts, by path pattern ('#' stands for any list index). */
const FIELDS_BY_PATH = new Map<string, readonly string[]>([
  ['', Object.keys(ScenarioFileSchema.shape)],
  ['subject', Object.keys(subjectSchema.shape)],
  ['subject/conditions/#', Object.keys(conditionOnsetSchema.shape)],
  ['regimens/#', Object.keys(regimenFieldsSchema.shape)],
  ['output', Object.keys(outputSchema.shape)],
  ['options', Object.keys(optionsSchema.shape)],
]);

/** The fields accepted by the object at `path` (empty when the path names no object of the format). */
export function knownFieldsAt(path: readonly PropertyKey[]): readonly string[] {
  const pattern = path.map((segment) => (typeof segment === 'number' ? '#' : String(segment))).join('/');
  return FIELDS_BY_PATH.get(pattern) ?? [];
}
