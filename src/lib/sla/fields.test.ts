import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { entriesOf, itemOf } from '../persist/shapes';
import { slaContentEntries, slaSectionIds } from './draft';
import { fieldKeyOf, slaFields, slaFieldKeys } from './fields';

/** The form's fields as the schema has them: string, choice and string-list leaves; lists of objects by their item fields. */
function schemaFieldKeys(schema: v.GenericSchema, path: string): string[] {
  const entries = entriesOf(schema);
  if (entries) {
    return Object.entries(entries).flatMap(([key, child]) => schemaFieldKeys(child, path ? `${path}.${key}` : key));
  }
  const item = itemOf(schema);
  if (item) {
    const items = schemaFieldKeys(item, path);
    if (items.length > 1 || items[0] !== path) return items;
  }
  return [path];
}

describe('the field list', () => {
  it('names exactly the fields of the content schema, in schema order (the linked plan is not a form field)', () => {
    const { linkedPlan: _, ...shape } = slaContentEntries;
    expect([...slaFieldKeys]).toEqual(schemaFieldKeys(v.object(shape), ''));
  });

  it('keeps sections together, in section order', () => {
    const sections = slaFields.map((f) => f.section).filter((s, i, all) => s !== all[i - 1]);
    expect(sections).toEqual([...slaSectionIds]);
    for (const field of slaFields) expect(field.key.split('.')[0]).toBe(field.section);
  });

  it('gives every choice its options', () => {
    for (const field of slaFields) expect('options' in field, field.key).toBe(field.input === 'choice');
  });

  it.each([
    ['icp.personas.2.name', 'icp.personas.name'],
    ['definitions.mql.criteria.12', 'definitions.mql.criteria'],
    ['parties.salesOwner', 'parties.salesOwner'],
  ])('turns the path %s into the field key %s', (path, key) => {
    expect(fieldKeyOf(path)).toBe(key);
  });
});
