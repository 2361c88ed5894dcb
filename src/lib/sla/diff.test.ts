import fc from 'fast-check';
import { diffWordsWithSpace } from 'diff';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { setAt } from './content-path';
import { emptySlaContent, slaContentSchema } from './draft';
import { diffContents, diffText, type SlaChangePart } from './diff';
import { linkPlan } from './link';

const beforeText = (parts: SlaChangePart[]) => parts.filter((p) => !p.added).map((p) => p.value).join('');
const afterText = (parts: SlaChangePart[]) => parts.filter((p) => !p.removed).map((p) => p.value).join('');
const changed = (parts: SlaChangePart[]) => parts.filter((p) => p.added || p.removed).map((p) => `${p.added ? '+' : '-'}${p.value}`);

describe('diffText', () => {
  it('marks the changed English words, not the whole field', () => {
    expect(changed(diffText('Reply within 4 hours', 'Reply within 2 business hours'))).toEqual(['-4', '+2', '+business ']);
  });

  it('marks the changed Chinese characters, and keeps Latin words and numbers whole inside Chinese', () => {
    const parts = diffText('市场部每月提供300个MQL', '市场部每季度提供900个合格MQL');
    expect(changed(parts)).toEqual(['-月', '+季度', '-300', '+900', '+合格']);
  });

  it('tokenizes Latin text exactly like diffWordsWithSpace', () => {
    const [a, b] = ['MQLs per month: 400 (from the plan)', 'MQLs per rep per month: 50 (from the funnel plan)'];
    expect(diffText(a, b)).toEqual(diffWordsWithSpace(a, b).map((c) => ({ value: c.value, ...(c.added ? { added: true } : {}), ...(c.removed ? { removed: true } : {}) })));
  });

  it('always rebuilds both sides from its parts', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
      const parts = diffText(a, b);
      expect(beforeText(parts)).toBe(a);
      expect(afterText(parts)).toBe(b);
    }));
  });

  it('shows two very different 100,000-character texts as replaced whole, quickly', () => {
    const [a, b] = ['alpha beta '.repeat(9091).slice(0, 100_000), 'gamma delta '.repeat(8334).slice(0, 100_000)];
    const started = performance.now();
    const parts = diffText(a, b);
    // Generous: the point is the edit-length cap (an uncapped diff of these takes far longer).
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(beforeText(parts)).toBe(a);
    expect(afterText(parts)).toBe(b);
  }, 30_000);

  it('finds a small edit inside a 100,000-character text', () => {
    const a = 'word '.repeat(20_000);
    const b = `${'word '.repeat(10_000)}changed ${'word '.repeat(10_000)}`;
    expect(changed(diffText(a, b))).toEqual(['+changed ']);
  });
});

describe('diffContents', () => {
  const before = v.parse(slaContentSchema, {
    parties: { salesOwner: 'Sam' },
    definitions: { mql: { criteria: ['Fits the ICP', 'Score 50+'] } },
    grading: { a: { responseHours: '4' } },
    marketing: { mqlsPerMonth: '400' },
  });

  it('finds nothing between equal versions', () => {
    expect(diffContents(before, structuredClone(before))).toEqual([]);
  });

  it('returns only the changed fields, in form order, with their field keys', () => {
    let after = setAt(before, 'marketing.mqlsPerMonth', '450');
    after = setAt(after, 'grading.a.responseHours', '2');
    after = setAt(after, 'parties.salesOwner', 'Sam Lee');
    const changes = diffContents(before, after);
    expect(changes.map((c) => [c.path, c.key, c.before, c.after])).toEqual([
      ['parties.salesOwner', 'parties.salesOwner', 'Sam', 'Sam Lee'],
      ['grading.a.responseHours', 'grading.a.responseHours', '4', '2'],
      ['marketing.mqlsPerMonth', 'marketing.mqlsPerMonth', '400', '450'],
    ]);
    expect(changes[0]!.parts).toEqual([{ value: 'Sam' }, { value: ' Lee', added: true }]);
  });

  it('compares list items by position and an item only one side has with blank', () => {
    const after = setAt(setAt(before, 'definitions.mql.criteria.1', 'Score 60+'), 'definitions.mql.criteria.2', 'Opted in');
    expect(diffContents(before, after).map((c) => [c.path, c.key, c.before, c.after])).toEqual([
      ['definitions.mql.criteria.1', 'definitions.mql.criteria', 'Score 50+', 'Score 60+'],
      ['definitions.mql.criteria.2', 'definitions.mql.criteria', '', 'Opted in'],
    ]);
    expect(diffContents(after, before).at(-1)).toMatchObject({ before: 'Opted in', after: '', parts: [{ value: 'Opted in', removed: true }] });
  });

  it('orders list rows by number, not as text', () => {
    const many = setAt(emptySlaContent(), 'reporting.kpis', Array.from({ length: 12 }, (_, i) => `KPI ${i}`));
    const paths = diffContents(emptySlaContent(), many).map((c) => c.path);
    expect(paths).toEqual(Array.from({ length: 12 }, (_, i) => `reporting.kpis.${i}`));
  });

  it('compares Chinese versions character by character', () => {
    const zh = v.parse(slaContentSchema, { sales: { recycling: '未成熟线索退回市场部培育' } });
    const changes = diffContents(zh, setAt(zh, 'sales.recycling', '未成熟线索90天后退回市场部继续培育'));
    expect(changes).toHaveLength(1);
    expect(changed(changes[0]!.parts)).toEqual(['+90天后', '+继续']);
  });

  it('lists the linked plan’s figures after the form’s fields, without its bookkeeping', () => {
    const link = { scenarioId: 's', scenarioName: 'Plan', mqlsPerMonth: 400, sqlsPerMonth: 100, mqlsPerRep: 50, sqlsPerRep: 12.5, reps: 8, capacityOk: true, maxMqlsPerMonth: 500 };
    const a = linkPlan(before, link, 't1');
    const b = linkPlan(before, { ...link, mqlsPerMonth: 480, mqlsPerRep: 60 }, 't2');
    expect(diffContents(a, b).map((c) => c.path)).toEqual([
      'marketing.mqlsPerMonth', 'marketing.mqlsPerRep',
      'linkedPlan.linkedAt', 'linkedPlan.mqlsPerMonth', 'linkedPlan.mqlsPerRep',
    ]);
  });
});
