/** Weighted pipeline: each open opportunity counts by its stage's chance of closing. */
import { fail, type Outcome } from '../problem';
import { allFinite, sum } from './guard';

export interface Stage {
  /** The stage row's id, which opportunities refer to. */
  id: string;
  /** The chance of winning a deal at this stage, 0–100. */
  probability: number;
}

export interface Opportunity {
  value: number;
  /** The id of its stage. */
  stage: string;
}

export interface Pipeline {
  unweighted: number;
  weighted: number;
  /** Each opportunity's value × its stage's probability, in the order given. */
  weightedValues: number[];
}

/**
 * Σ value and Σ value × stage probability. Problems name a cell as
 * `stages.<index>.probability` or `opportunities.<index>.stage`.
 */
export function weightedPipeline(
  stages: readonly Stage[],
  opportunities: readonly Opportunity[],
): Outcome<Pipeline> {
  if (stages.length === 0) return fail('noRows', { field: 'stages' });
  if (opportunities.length === 0) return fail('noRows', { field: 'opportunities' });
  for (const [index, stage] of stages.entries()) {
    if (!(stage.probability >= 0 && stage.probability <= 100)) {
      return fail('outOfRange', { field: `stages.${index}.probability`, min: 0, max: 100 });
    }
  }
  const probability = new Map(stages.map((stage) => [stage.id, stage.probability]));
  const weightedValues: number[] = [];
  for (const [index, opportunity] of opportunities.entries()) {
    const chance = probability.get(opportunity.stage);
    if (chance === undefined) {
      // A stage that was never picked, or one that has since been removed.
      const field = `opportunities.${index}.stage`;
      return opportunity.stage === ''
        ? fail('empty', { field })
        : fail('inconsistent', { field, relation: 'oneOf', other: 'stages' });
    }
    weightedValues.push((opportunity.value * chance) / 100);
  }
  const figures = allFinite({
    unweighted: sum(opportunities.map((opportunity) => opportunity.value)),
    weighted: sum(weightedValues),
  });
  if (!figures.ok) return figures;
  if (!weightedValues.every(Number.isFinite)) return fail('tooLarge');
  return { ok: true, value: { ...figures.value, weightedValues } };
}
