import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { slaContentSchema, slaSectionIds } from './draft';
import { fieldKeyOf, slaFields, slaFieldKeys } from './fields';

/** The form's fields as the schema has them: string, choice and string-list leaves; lists of objects by their item fields. */
function schemaFieldKeys(schema: z.ZodMiniType, path: string): string[] {
  let inner = schema;
  while (inner instanceof z.ZodMiniDefault || inner instanceof z.ZodMiniPrefault || inner instanceof z.ZodMiniOptional) inner = inner._zod.def.innerType as z.ZodMiniType;
  if (inner instanceof z.ZodMiniObject) {
    return Object.entries(inner.shape).flatMap(([key, child]) => schemaFieldKeys(child as z.ZodMiniType, path ? `${path}.${key}` : key));
  }
  if (inner instanceof z.ZodMiniArray) {
    const items = schemaFieldKeys(inner._zod.def.element as z.ZodMiniType, path);
    if (items.length > 1 || items[0] !== path) return items;
  }
  return [path];
}

describe('the field list', () => {
  it('names exactly the fields of the content schema, in schema order (the linked plan is not a form field)', () => {
    const { linkedPlan: _, ...shape } = slaContentSchema.shape;
    expect([...slaFieldKeys]).toEqual(schemaFieldKeys(z.object(shape), ''));
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
