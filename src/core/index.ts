/**
 * The core's public API: what the app, the CLI and other programs use. Pure
 * TypeScript (no React, zustand, recharts or DOM); runs in Node, the browser
 * and web workers. Deeper modules stay importable for tests and tools, but
 * this list is the contract.
 */

// Running a scenario
export { simulate, outputTimesHours, type SimulationResult, type SimulateOptions } from './simulate';
export { SolverError, type SolverErrorKind } from './solver';
export { NoSteadyStateError } from './model/no-steady-state-error';
export { NoCycleError } from './model/no-cycle-error';

// Models, agents, conditions
export { MODELS, getModel } from './model/registry';
export { MODEL_IDS, AGENT_IDS, CONDITION_IDS, isAgentId, isConditionId, isModelId, type ModelId, type AgentId, type ConditionId } from './model/ids';
export type { ModelDefinition, OutputDefinition, StateDefinition } from './model/model-definition';
export { resolveParameters, type ParameterDefinition, type ParameterValues } from './model/parameter';
export { AGENT_INFO, type AgentInfo, type AgentSite } from './agents/agent-info';

// Scenario files, presets, sharing
export * from './scenario';
export { PRESETS, DEFAULT_PRESET, findPreset, type Preset } from './scenario/presets';
export { encodeScenarioHash, decodeScenarioHash } from './scenario/url-codec';

// Export formats
export { resultToCsv } from './output/csv';
export { resultToJson, RESULT_FORMAT } from './output/json';
export { scenarioToSbml } from './export/sbml';

// Models as data: definitions, their compiled form, generated equation views
export type { ModelSource } from './model/model-source';
export { MODEL_SOURCES } from './model/sources';
export { COMPILED_MODELS, compiledModelOf } from './model/compiled-models';
export { EQUATION_VIEWS } from './model/equation-views';

// Analysis
export { recoveryMetrics, type RecoveryMetric, type RecoveryMetrics } from './analysis/recovery-metrics';
export { metricsTable, metricSentence, metricLabel } from './analysis/metrics-table';
export { findSteadyState } from './analysis/steady-state';
export { heldSteadyState, heldScenario } from './analysis/held-steady-state';
export { planSensitivity, combineSensitivity } from './analysis/sensitivity';
export { planUncertainty, combineUncertainty } from './analysis/uncertainty';
export { runJob, runJobs, chunkJobs, sweepableParameters } from './analysis/sweep';
export { availableMetrics } from './analysis/run-metric';
export { feedbackBreakdownAt, feedbackBreakdowns } from './analysis/feedback-breakdown';
export { feedbackEdges } from './analysis/feedback-edges';
export { findLimitCycle, type LimitCycle } from './analysis/limit-cycle';
export { floquetMultipliers, type FloquetAnalysis } from './analysis/floquet';
export { cycleMetrics, daysToFirstOvulation, type CycleMetrics, type Ovulation } from './analysis/cycle-metrics';
export { cycleMetricsTable } from './analysis/cycle-metrics-table';
export { relativeToReference, referenceCurve, referenceAt, type CycleBaselineMode, type PeriodicReference } from './analysis/cycle-baseline';

// The female model (core and CLI only until it joins the registry)
export { simulateFemale, healthyReference, type FemaleRun, type FemaleRunOptions } from './model/female-hpg/simulate-female';
export { femaleReferenceCycle, femaleCycleStability, type FemaleReferenceCycle } from './model/female-hpg/reference-cycle';
export { FEMALE_CONDITION_IDS, type FemaleConditionId } from './model/female-hpg/conditions';
export { FEMALE_OUTPUTS, FEMALE_OUTPUT_IDS, type FemaleOutputId } from './model/female-hpg/outputs';
export { FEMALE_PARAMETERS } from './model/female-hpg/parameters';

// Teaching
export { LESSONS, findLesson, type Lesson } from './lessons';
export { GLOSSARY, findTerm } from './glossary/terms';
