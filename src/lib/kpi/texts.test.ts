// Every KPI's texts (content/kpis/<locale>/<id>.yaml) label exactly the inputs and figures its
// calculator has, so no label is missing on either page and none is left over after a rename.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locales } from '../../i18n/locales';
import { kpiTextSchema } from '../../schemas/kpi';
import { kpis } from './registry';
import type { KpiDefinition } from './types';

const CONTENT = new URL('../../../content/kpis/', import.meta.url).pathname;

function inputKeys(kpi: KpiDefinition): string[] {
  return [
    ...kpi.fields.map((f) => f.id),
    ...kpi.rows.flatMap((r) => [r.id, ...r.columns.map((c) => `${r.id}.${c.id}`)]),
  ].sort();
}

/** Everything computed: outputs, intermediates and per-row figures (inputs are labelled as inputs). */
function figureKeys(kpi: KpiDefinition): string[] {
  const inputs = new Set(kpi.fields.map((f) => f.id));
  return [
    ...kpi.quantities.filter((q) => !inputs.has(q.id)).map((q) => q.id),
    ...kpi.rows.flatMap((r) => r.rowQuantities.map((q) => `${r.id}.${q.id}`)),
  ].sort();
}

const cases = locales.flatMap((locale) =>
  kpis.map((kpi) => [locale, kpi.id, kpi as KpiDefinition] as const),
);

describe.each(cases)('content/kpis/%s/%s.yaml', (locale, id, kpi) => {
  const path = `${CONTENT}${locale}/${id}.yaml`;

  it('exists and matches the schema', () => {
    expect(existsSync(path)).toBe(true);
    expect(kpiTextSchema.safeParse(parse(readFileSync(path, 'utf8'))).error).toBeUndefined();
  });

  it('labels every input, list and column, and every computed figure', () => {
    const text = kpiTextSchema.parse(parse(readFileSync(path, 'utf8')));
    expect(Object.keys(text.inputs).sort()).toEqual(inputKeys(kpi));
    expect(Object.keys(text.outputs).sort()).toEqual(figureKeys(kpi));
  });
});
