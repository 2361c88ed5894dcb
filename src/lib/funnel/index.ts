
export * from './model';
export {
  SCENARIO_VERSION,
  scenarioMigrations,
  scenarioSchema,
  stepSchema,
  channelSchema,
  leadsInHandSchema,
  defaultScenario,
} from './scenario';
export type { Scenario, ScenarioStep, ScenarioChannel, DefaultScenarioOptions } from './scenario';
export {
  parseScenario,
  MAX_LAG_DAYS,
  MIN_IN_HAND_MONTH,
  type ParsedScenario,
} from './parse-scenario';
export {
  reversePlan,
  channelLeads,
  type ReversePlan,
  type ChannelPlan,
} from './reverse';
export { ceilWhole } from '../whole-count';
export { forwardPlan, type ForwardPlan, type ForwardFlow } from './forward';
export {
  monthlyTimeline,
  stageOffsets,
  DAYS_PER_MONTH,
  type Timeline,
  type TimelineMonth,
} from './timeline';
export { sfc32, triangular, binomial, normalSource, type Uniform } from './random';
export { quantile, spread, histogram, type Spread, type HistogramBin } from './distribution';
export {
  createSimulation,
  simulate,
  cohortLeads,
  type Simulation,
  type SimulationOptions,
  type SimulationResult,
} from './simulate';
export {
  sensitivity,
  IMPROVEMENT,
  type Sensitivity,
  type Lever,
  type LeverKind,
} from './sensitivity';
export { capacity, WORKED_STAGE, HANDOFF_STAGE, type Capacity } from './capacity';
export { timelineCsv, textCell, numberCell, type TimelineCsvLabels } from './csv';
export { plan, type FunnelPlan } from './plan';
