/** The words of one calculator, from content/kpis/<locale>/<id>.yaml, passed to the island. */
export interface CalculatorText {
  name: string;
  /** Labels and hints by field id, `<rowsId>.<columnId>` for a column, and rows id for a list. */
  inputs: Record<string, { label: string; hint?: string | undefined }>;
  /** Labels by output (and intermediate) id. */
  outputs: Record<string, string>;
  /** Names of the example rows in the page's language, by rows id. */
  exampleNames: Record<string, string[]>;
}
