import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { parseScenario } from './parse-scenario';
import { defaultScenario, scenarioSchema, type Scenario } from './scenario';
import { testInput } from './test-input';

const base = () => defaultScenario('Base', 's1', { updatedAt: '2025-01-01T00:00:00.000Z' });
const withChange = (change: (s: Scenario) => void): Scenario => {
  const s = structuredClone(base());
  change(s);
  return s;
};

describe('defaultScenario', () => {
  it('is a valid stored scenario that survives a JSON round trip', () => {
    const stored = JSON.parse(JSON.stringify(base()));
    expect(v.parse(scenarioSchema, stored)).toEqual(base());
  });

  it('parses into the B2B funnel the tests plan with', () => {
    const { leadsInHand, ...rest } = testInput();
    const parsed = parseScenario(base());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.input).toMatchObject({
      ...rest,
      forward: { mode: 'leads', leadsPerMonth: 300 },
      leadsInHand,
    });
  });

  it('takes localized stage and channel names', () => {
    const s = defaultScenario('基准', 'z', {
      stageNames: ['线索', 'MQL', 'SQL', '商机', '成交'],
      channelNames: ['搜索', '社交', '展会'],
    });
    expect(s.stages[4]).toBe('成交');
    expect(s.channels.map((c) => c.name)).toEqual(['搜索', '社交', '展会']);
  });

  it('fills what older or hand-made data leaves out', () => {
    const { rateLow, rateHigh, ...bareStep } = base().steps[0]!;
    const minimal = {
      id: 'm',
      stages: ['Lead', 'Won'],
      steps: [bareStep],
      target: '1000',
      dealSize: '100',
      months: '3',
    };
    expect(v.parse(scenarioSchema, minimal)).toMatchObject({
      budgetMode: 'cpl',
      channels: [],
      leadsInHand: [],
      seed: '1',
      cpl: '',
    });
  });

  it.each([
    ['one stage', { stages: ['Lead'], steps: [] }],
    [
      'nine stages',
      { stages: Array(9).fill('x'), steps: Array(8).fill({ rate: '50', lagDays: '0' }) },
    ],
    ['a step missing', { steps: base().steps.slice(1) }],
  ])('refuses %s in storage', (_, change) => {
    expect(v.safeParse(scenarioSchema, { ...base(), ...change }).success).toBe(false);
  });
});

describe('parseScenario', () => {
  it('reads money with the workbook’s currency sign, as typed or pasted, and only money', () => {
    const typed = withChange((s) => {
      s.target = '$2,500,000';
      s.dealSize = 'USD 24,000';
    });
    const read = parseScenario(typed, 'USD');
    expect(read.ok && [read.input.target, read.input.dealSize.likely]).toEqual([2_500_000, 24_000]);
    // Without the currency, or in another, the sign makes it no number.
    expect(parseScenario(typed)).toMatchObject({ ok: false, problems: [{ code: 'notANumber', field: 'target' }, { code: 'notANumber', field: 'dealSize' }] });
    expect(parseScenario(typed, 'EUR')).toMatchObject({ ok: false, problems: [{ field: 'target' }, { field: 'dealSize' }] });
    expect(parseScenario(withChange((s) => void (s.months = '$12')), 'USD')).toMatchObject({ ok: false, problems: [{ code: 'notANumber', field: 'months' }] });
  });

  it('reads percentages with or without "%", thousands separators and ranges', () => {
    const parsed = parseScenario(
      withChange((s) => {
        s.steps[0] = { rate: '25%', rateLow: '20 %', rateHigh: '', lagDays: '7' };
        s.target = '1,200,000';
        s.dealSizeHigh = '30,000';
      }),
    );
    expect(parsed.ok && parsed.input.steps[0]!.rate).toEqual({ likely: 0.25, low: 0.2 });
    expect(parsed.ok && parsed.input.target).toBe(1_200_000);
    expect(parsed.ok && parsed.input.dealSize).toEqual({ likely: 24_000, high: 30_000 });
  });

  it.each<[string, (s: Scenario) => void, string, string]>([
    ['an empty target', (s) => (s.target = ''), 'target', 'empty'],
    ['a negative target', (s) => (s.target = '-5'), 'target', 'negative'],
    ['text for a deal size', (s) => (s.dealSize = 'lots'), 'dealSize', 'notANumber'],
    ['a rate above 100 %', (s) => (s.steps[1]!.rate = '120%'), 'steps.1.rate', 'outOfRange'],
    [
      'a low above the likely rate',
      (s) => (s.steps[2]!.rateLow = '60'),
      'steps.2.rateLow',
      'inconsistent',
    ],
    [
      'a high below the likely rate',
      (s) => (s.steps[0]!.rateHigh = '20'),
      'steps.0.rateHigh',
      'inconsistent',
    ],
    [
      'a low deal size above the likely one',
      (s) => (s.dealSizeLow = '30000'),
      'dealSizeLow',
      'inconsistent',
    ],
    ['a negative lag', (s) => (s.steps[3]!.lagDays = '-3'), 'steps.3.lagDays', 'negative'],
    ['a lag over two years', (s) => (s.steps[3]!.lagDays = '800'), 'steps.3.lagDays', 'outOfRange'],
    ['a period of 0 months', (s) => (s.months = '0'), 'months', 'outOfRange'],
    ['a period of 61 months', (s) => (s.months = '61'), 'months', 'outOfRange'],
    ['half a month', (s) => (s.months = '1.5'), 'months', 'notWhole'],
    ['an empty CPL', (s) => (s.cpl = ''), 'cpl', 'empty'],
    [
      'shares adding up to 90 %',
      (s) => ((s.budgetMode = 'channels'), (s.channels[2]!.share = '10')),
      'channels',
      'inconsistent',
    ],
    [
      'shares adding up to 110 % beside a channel whose CPL is not typed yet',
      (s) => ((s.budgetMode = 'channels'), (s.channels[2]!.share = '30'), (s.channels[2]!.cpl = '')),
      'channels',
      'inconsistent',
    ],
    [
      'an empty share',
      (s) => ((s.budgetMode = 'channels'), (s.channels[1]!.share = '')),
      'channels.1.share',
      'empty',
    ],
    [
      'a channel CPL in text',
      (s) => ((s.budgetMode = 'channels'), (s.channels[0]!.cpl = 'n/a')),
      'channels.0.cpl',
      'notANumber',
    ],
    ['no channels', (s) => ((s.budgetMode = 'channels'), (s.channels = [])), 'channels', 'noRows'],
    [
      'an empty forward budget',
      (s) => ((s.forwardMode = 'budget'), (s.budgetPerMonth = '')),
      'budgetPerMonth',
      'empty',
    ],
    ['half a rep', (s) => (s.reps = '1.5'), 'reps', 'notWhole'],
    [
      'more hours than a month has',
      (s) => (s.hoursPerRepPerMonth = '800'),
      'hoursPerRepPerMonth',
      'outOfRange',
    ],
    [
      'leads in hand after the period',
      (s) => (s.leadsInHand = [{ id: 'r', month: '12', leads: '5' }]),
      'leadsInHand.0.month',
      'outOfRange',
    ],
    [
      'a fraction of a lead in hand',
      (s) => (s.leadsInHand = [{ id: 'r', month: '-1', leads: '2.5' }]),
      'leadsInHand.0.leads',
      'notWhole',
    ],
    ['a negative seed', (s) => (s.seed = '-1'), 'seed', 'negative'],
  ])('refuses %s', (_, change, field, code) => {
    const parsed = parseScenario(withChange(change));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toContainEqual(expect.objectContaining({ field, code }));
  });

  it('reports every problem at once', () => {
    const parsed = parseScenario(
      withChange((s) => {
        s.target = '';
        s.steps[1]!.rate = '150';
        s.reps = 'two';
      }),
    );
    expect(!parsed.ok && parsed.problems.map((p) => p.field)).toEqual([
      'steps.1.rate',
      'target',
      'reps',
    ]);
  });

  it('says how a range contradicts its likely value, in the figures as typed', () => {
    // step 2's likely rate is 50 %: a low of 60 % is above it
    const low = parseScenario(withChange((s) => (s.steps[2]!.rateLow = '60')));
    expect(!low.ok && low.problems).toEqual([
      {
        code: 'inconsistent',
        field: 'steps.2.rateLow',
        value: 60,
        relation: 'atMost',
        other: 'steps.2.rate',
        limit: 50,
      },
    ]);
    // the likely deal size is 24 000: a high of 20 000 is below it
    const high = parseScenario(withChange((s) => (s.dealSizeHigh = '20000')));
    expect(!high.ok && high.problems).toEqual([
      {
        code: 'inconsistent',
        field: 'dealSizeHigh',
        value: 20_000,
        relation: 'atLeast',
        other: 'dealSize',
        limit: 24_000,
      },
    ]);
  });

  it('says both sides of a range that contradict its likely value', () => {
    // likely 24 000, low 30 000 above it and high 20 000 below it
    const parsed = parseScenario(withChange((s) => ((s.dealSizeLow = '30000'), (s.dealSizeHigh = '20000'))));
    expect(!parsed.ok && parsed.problems.map((p) => [p.field, p.relation, p.value, p.limit])).toEqual([
      ['dealSizeLow', 'atMost', 30_000, 24_000],
      ['dealSizeHigh', 'atLeast', 20_000, 24_000],
    ]);
  });

  it('ignores the inputs of the modes not in use', () => {
    const parsed = parseScenario(
      withChange((s) => {
        s.budgetMode = 'channels';
        s.cpl = 'whatever';
        s.forwardMode = 'leads';
        s.budgetPerMonth = '';
      }),
    );
    expect(parsed.ok && parsed.input.budget.mode).toBe('channels');
  });

  it('accepts a rate of 0 and leaves the reverse plan to say why it cannot plan', () => {
    expect(parseScenario(withChange((s) => (s.steps[0]!.rate = '0'))).ok).toBe(true);
  });

  it('reads leads in hand rows, before or inside the period', () => {
    const parsed = parseScenario(
      withChange(
        (s) =>
          (s.leadsInHand = [
            { id: 'a', month: '-2', leads: '1,500' },
            { id: 'b', month: '3', leads: '200' },
          ]),
      ),
    );
    expect(parsed.ok && parsed.input.leadsInHand).toEqual([
      { month: -2, leads: 1500 },
      { month: 3, leads: 200 },
    ]);
  });
});
