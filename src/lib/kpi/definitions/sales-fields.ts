// The sales KPIs that read single figures. The ones that read lists are in ./lists.
import { defineKpi, figures } from '../define';
import { map } from '../guard';
import { salesGrowth, salesVelocity, targetAttainment, winRate, DAYS_PER_MONTH } from '../sales';

const days = { kind: 'days', min: 0, max: 3660 } as const;

export const salesGrowthKpi = defineKpi({
  id: 'sales-growth',
  team: 'sales',
  fields: [
    { id: 'previous', kind: 'money', example: '80000' },
    { id: 'current', kind: 'money', example: '92000' },
  ],
  outputs: [
    { id: 'growth', format: 'percent' },
    { id: 'change', format: 'money' },
  ],
  formula: ({ previous, current }) => map(salesGrowth(previous, current), figures),
});

export const targetAttainmentKpi = defineKpi({
  id: 'target-attainment',
  team: 'sales',
  fields: [
    { id: 'target', kind: 'money', example: '300000' },
    { id: 'achieved', kind: 'money', example: '180000' },
    { ...days, id: 'periodDays', min: 1, example: '90' },
    { ...days, id: 'elapsedDays', example: '60' },
  ],
  intermediates: [
    { id: 'remainingDays', format: 'days' },
    { id: 'projected', format: 'money' },
  ],
  outputs: [
    { id: 'attainment', format: 'percent' },
    { id: 'gap', format: 'money' },
    { id: 'runRateSoFar', format: 'money' },
    { id: 'runRateNeeded', format: 'money' },
  ],
  formula: ({ target, achieved, periodDays, elapsedDays }) =>
    map(targetAttainment(target, achieved, periodDays, elapsedDays), (values) =>
      figures({ ...values }),
    ),
});

export const winRateKpi = defineKpi({
  id: 'win-rate',
  team: 'sales',
  fields: [
    { id: 'won', kind: 'count', example: '18' },
    { id: 'lost', kind: 'count', example: '42' },
  ],
  intermediates: [{ id: 'decided', format: 'count' }],
  outputs: [{ id: 'winRate', format: 'percent' }],
  formula: ({ won, lost }) => map(winRate(won, lost), figures),
});

export const salesVelocityKpi = defineKpi({
  id: 'sales-velocity',
  team: 'sales',
  fields: [
    { id: 'opportunities', kind: 'count', example: '40' },
    { id: 'dealSize', kind: 'money', example: '12000' },
    { id: 'winRate', kind: 'percent', example: '25' },
    { ...days, id: 'cycleDays', example: '60' },
  ],
  intermediates: [{ id: 'daysPerMonth', format: 'days' }],
  outputs: [
    { id: 'perDay', format: 'money' },
    { id: 'perMonth', format: 'money' },
  ],
  formula: ({ opportunities, dealSize, winRate: rate, cycleDays }) =>
    map(salesVelocity(opportunities, dealSize, rate, cycleDays), (values) =>
      figures({ ...values, daysPerMonth: DAYS_PER_MONTH }),
    ),
});
