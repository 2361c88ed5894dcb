import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { entriesOf, itemOf, object, record } from './shapes';
import type { AreaDefinition } from './area';
import { readArea } from './read';
import { calculatorsArea, settingsArea, worksheetsArea } from './areas';

describe('stored objects and records', () => {
  const group = object({ name: v.optional(v.string(), '') });
  const names = record(v.string(), v.string());

  it.each([
    ['an array', []],
    ['a list of strings', ['a']],
    ['null', null],
    ['a string', 'x'],
  ])('refuse %s, which valibot alone would take as an object or a record', (_, value) => {
    expect(v.safeParse(group, value).success).toBe(false);
    expect(v.safeParse(names, value).success).toBe(false);
  });

  it.each<[string, AreaDefinition<unknown>, string]>([
    ['settings stored as a list', settingsArea, '{"v":2,"data":[]}'],
    ['a worksheet stored as a list', worksheetsArea, '{"v":1,"data":{"marketingMix":[]}}'],
    ['calculator fields stored as a list', calculatorsArea, '{"v":1,"data":{"cac":{"fields":["1"]}}}'],
  ])('read %s as corrupt', (_, area, raw) => {
    expect(readArea(area, raw)).toMatchObject({ status: 'corrupt', reason: 'invalid' });
  });

  it('fill a missing group with its own defaults, fresh each time', () => {
    const outer = object({ group: v.optional(group, () => ({})), list: v.optional(v.array(v.string()), () => []) });
    const first = v.parse(outer, {});
    expect(first).toEqual({ group: { name: '' }, list: [] });
    first.list.push('x');
    expect(v.parse(outer, {}).list).toEqual([]);
  });

  it('drop keys that could reach a prototype, as safe-json does', () => {
    expect(v.parse(names, JSON.parse('{"constructor":"x","prototype":"y","a":"b"}'))).toEqual({ a: 'b' });
  });

  it('are walked through defaults and pipes to their fields and elements', () => {
    const list = v.optional(v.pipe(v.array(group), v.maxLength(3)), () => []);
    expect(Object.keys(entriesOf(v.optional(group, () => ({})))!)).toEqual(['name']);
    expect(entriesOf(itemOf(list)!)).toBe(entriesOf(group));
    expect(itemOf(group)).toBeUndefined();
    expect(entriesOf(list)).toBeUndefined();
  });
});
