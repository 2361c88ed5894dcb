/**
 * The odds' whole simulation in one call, for the worker, tests and the bench: apart from odds.ts,
 * whose setup the page runs, so the page loads the Monte Carlo only when it simulates.
 */
import { createSimulation, type SimulationOptions } from '../funnel/simulate';
import { oddsOf, type Odds, type OddsSetup } from './odds';

/** Runs a setup's whole simulation at once (in a worker, a test or the bench). */
export function runOdds(setup: OddsSetup, options: SimulationOptions = {}): Odds {
  if (!setup.simulation) return oddsOf(setup, null);
  const simulation = createSimulation(setup.simulation.input, options, setup.simulation.plan);
  // With a plan given, createSimulation cannot fail: it only plans when none is passed.
  if (!simulation.ok) return oddsOf({ ...setup, simulation: null }, null);
  simulation.value.step(simulation.value.total);
  return oddsOf(setup, simulation.value.result());
}
