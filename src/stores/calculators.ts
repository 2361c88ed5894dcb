import { calculatorsArea, type CalculatorInput } from '../lib/persist/areas/calculators';
import { createAreaStore } from './area-store';

export const calculatorsStore = createAreaStore(calculatorsArea);
export const $calculators = calculatorsStore.$store;

/** Stores one calculator's inputs, exactly as typed. */
export function setCalculatorInput(kpiId: string, input: CalculatorInput): void {
  calculatorsStore.update((all) => ({ ...all, [kpiId]: input }));
}

/** Forgets one calculator's inputs, so it shows its example again. */
export function resetCalculator(kpiId: string): void {
  calculatorsStore.update((all) => {
    const { [kpiId]: _dropped, ...rest } = all;
    return rest;
  });
}
