import type { ExampleValues } from '../../lib/persist/example-input';

/** The share code of a funnel example; wired to the funnel's scenario shape when the planner lands. */
export async function exampleShareCode(_values: ExampleValues, _locale?: string): Promise<string> {
  return '';
}
