import type { CalculatorInput } from './areas/calculators';

export type ExampleValues = Readonly<Record<string, string | number | readonly Readonly<Record<string, string | number>>[]>>;

/** A worked example's values, written by a guide author, as calculator inputs with row ids. */
export function exampleToCalculatorInput(values: ExampleValues): CalculatorInput {
  const input: CalculatorInput = { fields: {}, rows: {} };
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value)) {
      input.rows[key] = value.map((row, index) => ({
        id: `${key}-${index + 1}`,
        ...Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, String(cell)])),
      }));
    } else {
      input.fields[key] = String(value);
    }
  }
  return input;
}
