/**
 * Bounds on scenario files. They keep a mistyped or hostile file from asking
 * the simulator for more than a browser tab can give (millions of output rows
 * or dose events), and keep intervals physiologically meaningful. The schema,
 * the validator and docs/scenario-format.md all read these.
 */
export const SCENARIO_LIMITS = {
  /** Scenario name, characters. */
  maxNameLength: 200,
  /** Description, characters. */
  maxDescriptionLength: 2000,
  /** Simulated duration, days (ten years). */
  maxDays: 3650,
  /** Regimens per scenario. */
  maxRegimens: 50,
  /** Dose, multiples of the agent's reference regimen (hCG 5,000 IU is dose 20 of 250 IU). */
  maxDose: 20,
  /** Bolus interval in days: one hour to one year. */
  minEveryDays: 1 / 24,
  maxEveryDays: 365,
  /** Bolus interval in hours: 15 minutes to one year. */
  minEveryHours: 0.25,
  maxEveryHours: 8760,
  /** Output spacing, hours: 3 minutes to 30 days; default every 6 h. */
  minOutputEveryHours: 0.05,
  maxOutputEveryHours: 720,
  defaultOutputEveryHours: 6,
  /** Output rows (time points) a scenario may ask for. */
  maxOutputRows: 100_000,
  /** Bolus events across all regimens within the simulated window. */
  maxBolusEvents: 50_000,
  /**
   * Average delivery of one agent, all its regimens together, as a multiple of
   * its reference regimen's average rate (the same cap as an infusion's dose).
   * Beyond it the agent's level climbs far outside anything the model was
   * calibrated for and the integration grows stiff: hCG dose 10 every 15 min
   * (1920×) took 15 million solver steps for 520 days.
   */
  maxRateMultiple: 20,
  /** Scenario file size, bytes of UTF-8 (1 MB). */
  maxTextBytes: 1_000_000,
  /** Nesting depth of the JSON value (a scenario nests 4 levels). */
  maxDepth: 32,
  /** Problems listed per scenario; the rest are counted ("and N more"). */
  maxReportedIssues: 20,
  /** Characters of a JSON path in a message (longer keys are shortened with '…'). */
  maxPathLength: 200,
  /** Characters of one formatted problem, path included. */
  maxIssueLength: 2000,
} as const;
