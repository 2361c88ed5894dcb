import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { getAt, insertAt, moveAt, removeAt, setAt } from './content-path';
import { emptySlaContent, slaContentSchema } from './draft';

const base = () => v.parse(slaContentSchema, {
  definitions: { mql: { criteria: ['Works at a company of 50+', 'Downloaded the pricing guide', 'Opted in'] } },
  icp: { personas: [{ name: 'Ops lead', description: 'Runs the rota' }] },
});

describe('setAt', () => {
  it('writes a list item by its path, copying only the objects on the path', () => {
    const before = base();
    const after = setAt(before, 'definitions.mql.criteria.2', 'Asked for a demo');
    expect(after.definitions.mql.criteria).toEqual(['Works at a company of 50+', 'Downloaded the pricing guide', 'Asked for a demo']);
    expect(before.definitions.mql.criteria[2]).toBe('Opted in');
    expect(after.icp).toBe(before.icp);
    expect(after.definitions.sql).toBe(before.definitions.sql);
  });

  it('returns the same content when nothing changes', () => {
    const content = base();
    expect(setAt(content, 'parties.salesTeam', '')).toBe(content);
  });

  it('appends at the index one past the end, filling a new row with blanks', () => {
    const content = setAt(base(), 'icp.personas.1', { name: 'CFO' });
    expect(content.icp.personas[1]).toEqual({ name: 'CFO', description: '' });
    expect(setAt(base(), 'definitions.sal.criteria.0', 'Accepted').definitions.sal.criteria).toEqual(['Accepted']);
  });

  it.each([
    'parties.nobody',
    'definitions.mql.criteria.7',
    'definitions.mql.criteria.-1',
    'definitions.mql.criteria.01',
    '__proto__.polluted',
    'parties.__proto__',
    'constructor.prototype',
    'linkedPlan.fingerprint',
    'parties..salesTeam',
    '',
  ])('refuses the path %j', (path) => {
    expect(() => setAt(base(), path, 'x')).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['parties.salesTeam', 42],
    ['term.reviewCadence', 'weekly'],
    ['definitions.mql.criteria', 'not a list'],
    ['definitions.mql.criteria.0', ['nested']],
    ['signOff.0', { party: 'board' }],
  ])('refuses a wrong value at %s', (path, value) => {
    const content = setAt(base(), 'signOff.0', {});
    expect(() => setAt(content, path, value)).toThrow();
  });
});

describe('reading and list edits', () => {
  it('reads a value by path, and undefined where there is none', () => {
    expect(getAt(base(), 'icp.personas.0.name')).toBe('Ops lead');
    expect(getAt(base(), 'icp.personas.4.name')).toBeUndefined();
    expect(getAt(base(), 'toString')).toBeUndefined();
  });

  it('inserts, removes and moves list items', () => {
    const inserted = insertAt(base(), 'definitions.mql.criteria', 0, 'In our ICP');
    expect(inserted.definitions.mql.criteria[0]).toBe('In our ICP');
    expect(removeAt(inserted, 'definitions.mql.criteria', 0).definitions.mql.criteria).toEqual(base().definitions.mql.criteria);
    expect(moveAt(base(), 'definitions.mql.criteria', 2, 0).definitions.mql.criteria[0]).toBe('Opted in');
    expect(insertAt(emptySlaContent(), 'signOff', 0, {}).signOff).toEqual([{ party: '', name: '', role: '', date: '' }]);
  });

  it('refuses list edits outside the list', () => {
    expect(() => insertAt(base(), 'definitions.mql.criteria', 9, 'x')).toThrow();
    expect(() => removeAt(base(), 'definitions.mql.criteria', 3)).toThrow();
    expect(() => moveAt(base(), 'definitions.mql.criteria', 0, 3)).toThrow();
    expect(() => removeAt(base(), 'parties.salesTeam', 0)).toThrow();
  });
});
