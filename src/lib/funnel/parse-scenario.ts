import { parseNumber, type NumberRule } from '../number';
import type { Currency } from '../settings';
import type { Problem, Relation } from '../problem';
import {
  MAX_MONTHS,
  MAX_STAGES,
  MIN_STAGES,
  type Budget,
  type Estimate,
  type ForwardSource,
  type FunnelInput,
} from './model';
import type { Scenario } from './scenario';

export type ParsedScenario = { ok: true; input: FunnelInput } | { ok: false; problems: Problem[] };

/** Longest lag of one step: two years. Keeps the timeline (and its months before the period) bounded. */
export const MAX_LAG_DAYS = 730;
/** Earliest month a row of leads in hand may have arrived: 20 years before the period. */
export const MIN_IN_HAND_MONTH = -240;

const rules = {
  percent: { kind: 'percent' },
  money: { kind: 'money' },
  lag: { kind: 'days', max: MAX_LAG_DAYS },
  months: { kind: 'months', min: 1, max: MAX_MONTHS },
  leadsPerMonth: { kind: 'count', whole: false },
  wholeCount: { kind: 'count' },
  average: { kind: 'number', min: 0 },
  hoursPerRep: { kind: 'number', min: 0, max: 744 },
  seed: { kind: 'count', max: 0xffffffff },
} satisfies Record<string, NumberRule>;

/**
 * The stored text → the model's numbers, or every problem at once, each with the path of its
 * field ('target', 'steps.2.rate', 'steps.2.rateLow', 'channels.1.share', 'leadsInHand.0.month')
 * so the form can mark each input. Percentages become fractions. Only the inputs in use are read:
 * the CPL in CPL mode, the channels in channel mode, the active forward source.
 */
export function parseScenario(s: Scenario, currency?: Currency): ParsedScenario {
  const problems: Problem[] = [];
  const read = (field: string, raw: string, rule: NumberRule): number => {
    // Money may carry the workbook's currency sign, as typed or pasted ("$2,500,000").
    const parsed = parseNumber(raw, rule.kind === 'money' && currency ? { ...rule, currency } : rule);
    if (parsed.ok) return parsed.value;
    problems.push({ ...parsed.problem, field });
    return 0;
  };
  const optional = (field: string, raw: string, rule: NumberRule): number | undefined =>
    raw.trim() === '' ? undefined : read(field, raw, rule);

  // low ≤ likely ≤ high, or the side that breaks it is inconsistent. Compared, and told, in the
  // figures as typed: a rate in percent, not the fraction the model reads.
  const estimate = (
    path: string,
    raw: { likely: string; low: string; high: string },
    rule: NumberRule,
    scale: number,
  ): Estimate => {
    const before = problems.length;
    const likely = read(path, raw.likely, rule);
    const low = optional(`${path}Low`, raw.low, rule);
    const high = optional(`${path}High`, raw.high, rule);
    const value: Estimate = { likely: likely / scale };
    if (low !== undefined) value.low = low / scale;
    if (high !== undefined) value.high = high / scale;
    if (problems.length === before) {
      const contradiction = (side: string, figure: number, relation: Relation) =>
        problems.push({
          code: 'inconsistent',
          field: path + side,
          value: figure,
          relation,
          other: path,
          limit: likely,
        });
      if (low !== undefined && low > likely) contradiction('Low', low, 'atMost');
      if (high !== undefined && high < likely) contradiction('High', high, 'atLeast');
    }
    return value;
  };

  if (s.stages.length < MIN_STAGES || s.stages.length > MAX_STAGES) {
    problems.push({ code: 'outOfRange', field: 'stages', min: MIN_STAGES, max: MAX_STAGES });
  }
  if (s.steps.length !== s.stages.length - 1)
    problems.push({ code: 'inconsistent', field: 'steps' });

  const steps = s.steps.map((step, i) => ({
    rate: estimate(
      `steps.${i}.rate`,
      { likely: step.rate, low: step.rateLow, high: step.rateHigh },
      rules.percent,
      100,
    ),
    lagDays: read(`steps.${i}.lagDays`, step.lagDays, rules.lag),
  }));
  const target = read('target', s.target, rules.money);
  const dealSize = estimate(
    'dealSize',
    { likely: s.dealSize, low: s.dealSizeLow, high: s.dealSizeHigh },
    rules.money,
    1,
  );
  const months = read('months', s.months, rules.months);

  let budget: Budget;
  if (s.budgetMode === 'cpl') {
    budget = { mode: 'cpl', cpl: read('cpl', s.cpl, rules.money) };
  } else {
    const channels = s.channels.map((channel, i) => ({
      name: channel.name,
      kind: channel.kind,
      share: read(`channels.${i}.share`, channel.share, rules.percent) / 100,
      cpl: read(`channels.${i}.cpl`, channel.cpl, rules.money),
    }));
    const total = channels.reduce((sum, channel) => sum + channel.share, 0);
    if (channels.length === 0) problems.push({ code: 'noRows', field: 'channels' });
    else if (
      // The shares can be added up once each is a number, whatever the state of the CPLs.
      !problems.some((p) => /^channels\.\d+\.share$/.test(p.field ?? '')) &&
      Math.abs(total - 1) > 1e-4
    ) {
      problems.push({ code: 'inconsistent', field: 'channels', min: 100, max: 100 });
    }
    budget = { mode: 'channels', channels };
  }

  const forward: ForwardSource =
    s.forwardMode === 'leads'
      ? {
          mode: 'leads',
          leadsPerMonth: read('leadsPerMonth', s.leadsPerMonth, rules.leadsPerMonth),
        }
      : { mode: 'budget', budgetPerMonth: read('budgetPerMonth', s.budgetPerMonth, rules.money) };

  const team = {
    reps: read('reps', s.reps, rules.wholeCount),
    attemptsPerLead: read('attemptsPerLead', s.attemptsPerLead, rules.average),
    minutesPerAttempt: read('minutesPerAttempt', s.minutesPerAttempt, rules.average),
    hoursPerRepPerMonth: read('hoursPerRepPerMonth', s.hoursPerRepPerMonth, rules.hoursPerRep),
  };

  // A row may lie inside the period (planning part-way through it), never after it.
  const lastMonth = months >= 1 ? months - 1 : MAX_MONTHS - 1;
  const leadsInHand = s.leadsInHand.map((row, i) => ({
    month: read(`leadsInHand.${i}.month`, row.month, {
      kind: 'number',
      whole: true,
      min: MIN_IN_HAND_MONTH,
      max: lastMonth,
    }),
    leads: read(`leadsInHand.${i}.leads`, row.leads, rules.wholeCount),
  }));

  const seed = read('seed', s.seed, rules.seed);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      stages: [...s.stages],
      steps,
      target,
      dealSize,
      months,
      budget,
      forward,
      team,
      leadsInHand,
      seed,
    },
  };
}
