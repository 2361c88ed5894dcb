// The monthly review's speed on this machine: medians of several runs after a warm-up.
// Prints figures against the targets of issue 14; asserts only that the results are finite.
import { expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../src/lib/funnel/scenario';
import { planScenario } from '../src/lib/funnel/sections';
import {
  actualFields,
  addMonths,
  defaultTracking,
  monthlyReview,
  oddsHistory,
  oddsSetup,
  runOdds,
  setActuals,
  snapshotMonth,
} from '../src/lib/review';
import { slaContent } from '../src/lib/review/test-review';

const WARM_UP = 3;
const RUNS = 9;

function median(work: () => unknown, batch = 1): number {
  for (let i = 0; i < WARM_UP; i++) for (let j = 0; j < batch; j++) work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    for (let j = 0; j < batch; j++) work();
    times.push((performance.now() - start) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const ms = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));

it('monthly review timings', () => {
  // 8 stages, 24 months, every month reported in every field: the worst case.
  const step = { rate: '60', rateLow: '45', rateHigh: '70', lagDays: '10' };
  const scenario: Scenario = {
    ...defaultScenario('Big', 'big', { updatedAt: '2027-01-01T00:00:00.000Z' }),
    stages: ['Lead', 'MQL', 'SAL', 'SQL', 'Demo', 'Proposal', 'Negotiation', 'Won'],
    steps: Array.from({ length: 7 }, () => step),
    target: '24000000',
    months: '24',
  };
  const planned = planScenario(scenario);
  if (!planned.input || !planned.plan.ok) throw new Error('no plan');
  const source = {
    scenario,
    input: planned.input,
    plan: planned.plan.value,
    draft: { id: 'd', content: slaContent() },
    takenAt: '',
  };
  const fields = actualFields(8);
  const months = Array.from({ length: 24 }, (_, i) => addMonths('2027-01', i));
  const cells = months.flatMap((month, m) =>
    fields.map((field, f) => ({ month, field, text: String(1000 - f * 100 + (m % 7) * 13) })),
  );
  const tracking = setActuals(defaultTracking(), cells, (month) =>
    snapshotMonth(source, months.indexOf(month)),
  );
  const sources = {
    scenario,
    draft: source.draft,
    periodStart: '2027-01',
    tracking,
    today: '2029-06-30',
  };

  let last: ReturnType<typeof monthlyReview> | undefined;
  const whole = median(() => (last = monthlyReview(sources)), 50);
  console.log(
    `review: whole monthlyReview (24 months × 8 stages, all reported): ${ms(whole)} ms median (budget 16 ms a keystroke)`,
  );
  if (!last?.ok) throw new Error('no review');
  const odds = last.value.odds;
  const points = last.value.oddsHistory;

  const halfway = {
    ...odds,
    actuals: odds.actuals.map((a, i) =>
      i < 12
        ? a
        : { ...a, revenue: { ok: false as const, problem: { code: 'notReported' as const } } },
    ),
  };
  const setup = oddsSetup({ ...halfway, source: 'measured' });
  const monteCarlo = median(() => runOdds(setup, { trials: 10_000 }));
  console.log(
    `review: odds from here, 10,000 trials × 12 remaining months × 8 stages (measured rates): ${ms(monteCarlo)} ms median (off the main thread)`,
  );
  const history = median(
    () => oddsHistory(points, 'plan').map((s) => runOdds(s, { trials: 2_000 })),
    1,
  );
  console.log(
    `review: how the odds moved, 25 points × 2,000 trials: ${ms(history)} ms median (off the main thread)`,
  );

  const result = runOdds(setup, { trials: 10_000 });
  expect(
    [result.probability, result.total.p10, result.total.p50, result.total.p90].every(
      Number.isFinite,
    ),
  ).toBe(true);
});
