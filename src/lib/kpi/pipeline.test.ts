import { describe, expect, it } from 'vitest';
import { weightedPipeline } from './pipeline';

const stages = [
  { id: 's1', probability: 10 },
  { id: 's2', probability: 40 },
  { id: 's3', probability: 70 },
];

describe('weightedPipeline', () => {
  it.each([
    // 50 000 × 40 % = 20 000; 20 000 × 70 % = 14 000; 30 000 × 10 % = 3 000;
    // unweighted 50 000 + 20 000 + 30 000 = 100 000; weighted 20 000 + 14 000 + 3 000 = 37 000
    [
      [
        { value: 50000, stage: 's2' },
        { value: 20000, stage: 's3' },
        { value: 30000, stage: 's1' },
      ],
      { unweighted: 100000, weighted: 37000, weightedValues: [20000, 14000, 3000] },
    ],
    // two deals in one stage: (8 000 + 2 000) × 70 % = 7 000
    [
      [
        { value: 8000, stage: 's3' },
        { value: 2000, stage: 's3' },
      ],
      { unweighted: 10000, weighted: 7000, weightedValues: [5600, 1400] },
    ],
  ])('%j', (opportunities, expected) => {
    expect(weightedPipeline(stages, opportunities)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [[], [{ value: 1, stage: 's1' }], 'noRows', 'stages'],
    [stages, [], 'noRows', 'opportunities'],
    [stages, [{ value: 1, stage: '' }], 'empty', 'opportunities.0.stage'],
  ])('%j %j: %s on %s', (stageList, opportunities, code, field) => {
    expect(weightedPipeline(stageList, opportunities)).toEqual({
      ok: false,
      problem: { code, field },
    });
  });

  it('refuses a stage that was removed after the deal was put in it, naming the list', () => {
    const opportunities = [
      { value: 1, stage: 's1' },
      { value: 1, stage: 's9' },
    ];
    expect(weightedPipeline(stages, opportunities)).toEqual({
      ok: false,
      problem: {
        code: 'inconsistent',
        field: 'opportunities.1.stage',
        relation: 'oneOf',
        other: 'stages',
      },
    });
  });

  it('refuses a probability above 100 %', () => {
    expect(weightedPipeline([{ id: 's1', probability: 120 }], [{ value: 1, stage: 's1' }])).toEqual(
      {
        ok: false,
        problem: { code: 'outOfRange', field: 'stages.0.probability', min: 0, max: 100 },
      },
    );
  });
});
