import { calculatorsArea, type CalculatorInput } from '../lib/persist/areas/calculators';
import { createAreaStore } from './area-store';

export const calculatorsStore = createAreaStore(calculatorsArea);
export const $calculators = calculatorsStore.$store;

/** Stores one calculator's inputs, exactly as typed. */
export function setCalculatorInput(kpiId: string, input: CalculatorInput): void {
  calculatorsStore.update((all) => ({ ...all, [kpiId]: input }));
}

/** Changes one calculator's inputs as they are now stored (its `fresh` inputs while none are). */
export function updateCalculatorInput(kpiId: string, fresh: CalculatorInput, change: (current: CalculatorInput) => CalculatorInput): void {
  calculatorsStore.update((all) => ({ ...all, [kpiId]: change(all[kpiId] ?? fresh) }));
}

/** Forgets one calculator's inputs, so it shows its example again. */
export function resetCalculator(kpiId: string): void {
  calculatorsStore.update((all) => {
    const { [kpiId]: _dropped, ...rest } = all;
    return rest;
  });
}
