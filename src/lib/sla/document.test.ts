import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { slaContentSchema, slaSectionIds, type SlaContent } from './draft';
import { buildSlaDocument, type SlaBlock, type SlaDocument, type SlaText } from './document';
import { buildSlaLabels, slaLabelKeys, type SlaLabelKey } from './labels';
import { linkPlan } from './link';

/** Labels that are their own keys, so a test can see which label went where. */
const labels = buildSlaLabels((key) => key);
const NOT_AGREED = 'sla.doc.notAgreed';

const section = (doc: SlaDocument, id: string) => doc.sections.find((s) => s.id === id)!;
function values(block: SlaBlock): SlaText[] {
  switch (block.kind) {
    case 'paragraph': return [block.value];
    case 'list': return block.items;
    case 'fields': return block.fields.map((f) => f.value);
    case 'table': return block.rows.flat().flatMap((cell) => (cell.kind === 'list' ? cell.items : [cell]));
  }
}
const allValues = (doc: SlaDocument) => doc.sections.flatMap((s) => s.blocks.flatMap(values));

const filled: SlaContent = v.parse(slaContentSchema, {
  parties: { marketingTeam: 'Demand gen', marketingOwner: 'Mia', salesTeam: 'Inside sales', salesOwner: 'Sam' },
  term: { effectiveDate: '2025-04-01', reviewDate: '2025-07-01', reviewCadence: 'quarterly' },
  icp: { personas: [{ name: 'Ops lead', description: 'Owns scheduling' }, { name: '', description: '   ' }] },
  definitions: { mql: { definition: 'Fits and engaged', criteria: ['Fits the ICP', '', 'Scored 50+'] } },
  grading: { a: { meaning: 'Fit and intent', responseHours: '1' } },
  temperature: { warm: { actions: ['Invite to a webinar'], owner: 'shared' } },
  escalation: { steps: ['Owners talk', 'Heads meet'] },
  signOff: [{ party: 'marketing', name: 'Mia', role: 'Head of marketing', date: '' }, { party: '', name: '', role: '', date: '' }],
});

describe('the SLA document', () => {
  it('has every section, in order, headed by its label', () => {
    const doc = buildSlaDocument(filled, labels);
    expect(doc.sections.map((s) => s.id)).toEqual([...slaSectionIds]);
    expect(doc.sections.map((s) => s.heading)).toEqual(slaSectionIds.map((id) => `sla.section.${id}`));
  });

  it('is titled with the draft name, or the generic title when the name is blank', () => {
    expect(buildSlaDocument(filled, labels, { title: 'Our SLA' }).title).toBe('Our SLA');
    expect(buildSlaDocument(filled, labels, { title: '  ' }).title).toBe('sla.doc.title');
  });

  it('never leaves a value blank: an empty field shows the placeholder, flagged empty', () => {
    const doc = buildSlaDocument(v.parse(slaContentSchema, {}), labels);
    for (const value of allValues(doc)) {
      expect(value.text, value.path).not.toBe('');
      if (value.empty) expect(value.text).toBe(NOT_AGREED);
    }
    const signOff = section(doc, 'signOff');
    expect(signOff.empty).toBe(true);
    expect(signOff.blocks[0]).toMatchObject({ kind: 'paragraph', empty: true, value: { path: 'signOff', text: NOT_AGREED } });
    expect(doc.sections.filter((s) => !s.empty).map((s) => s.id)).toEqual(['grading', 'temperature']);
  });

  it('shows fields with their labels and their text as typed', () => {
    const parties = section(buildSlaDocument(filled, labels), 'parties').blocks[0]!;
    expect(parties).toMatchObject({ kind: 'fields', empty: false });
    if (parties.kind !== 'fields') throw new Error();
    expect(parties.fields.map((f) => [f.label, f.value.text])).toEqual([
      ['sla.field.parties.marketingTeam', 'Demand gen'],
      ['sla.field.parties.marketingOwner', 'Mia'],
      ['sla.field.parties.salesTeam', 'Inside sales'],
      ['sla.field.parties.salesOwner', 'Sam'],
    ]);
  });

  it('names choices by their labels', () => {
    const doc = buildSlaDocument(filled, labels);
    const texts = allValues(doc).map((v) => [v.path, v.text]);
    expect(texts).toContainEqual(['term.reviewCadence', 'sla.cadence.quarterly']);
    expect(texts).toContainEqual(['temperature.warm.owner', 'sla.owner.shared']);
    expect(texts).toContainEqual(['signOff.0.party', 'sla.party.marketing']);
    expect(texts).toContainEqual(['temperature.cold.owner', NOT_AGREED]);
  });

  it('leaves blank list items and blank rows out, and keeps each item’s own path', () => {
    const doc = buildSlaDocument(filled, labels);
    const criteria = section(doc, 'definitions').blocks.find((b) => b.kind === 'list' && b.path === 'definitions.mql.criteria');
    expect(criteria && values(criteria).map((v) => [v.path, v.text])).toEqual([
      ['definitions.mql.criteria.0', 'Fits the ICP'],
      ['definitions.mql.criteria.2', 'Scored 50+'],
    ]);
    const personas = section(doc, 'icp').blocks[1]!;
    expect(personas.kind === 'table' && personas.rows).toHaveLength(1);
    const signOff = section(doc, 'signOff').blocks[0]!;
    expect(signOff.kind === 'table' && signOff.rows.map((r) => r.map((c) => c.kind === 'text' && c.text))).toEqual([
      ['sla.party.marketing', 'Mia', 'Head of marketing', NOT_AGREED],
    ]);
  });

  it('numbers the escalation ladder', () => {
    const steps = section(buildSlaDocument(filled, labels), 'escalation').blocks[0]!;
    expect(steps).toMatchObject({ kind: 'list', ordered: true });
  });

  it('shows the grading table’s response hours again as sales’ first-response commitment', () => {
    const doc = buildSlaDocument(filled, labels);
    const firstResponse = section(doc, 'sales').blocks[0]!;
    expect(firstResponse.label).toBe('sla.doc.firstResponse');
    expect(values(firstResponse).map((v) => [v.path, v.text])).toEqual([
      ['grading.a.responseHours', '1'],
      ['grading.b.responseHours', NOT_AGREED],
      ['grading.c.responseHours', NOT_AGREED],
      ['grading.d.responseHours', NOT_AGREED],
    ]);
  });

  it('leaves blank notes out rather than marking them not agreed', () => {
    const paths = (c: SlaContent) => allValues(buildSlaDocument(c, labels)).map((v) => v.path);
    expect(paths(filled)).not.toContain('marketing.notes');
    expect(paths(v.parse(slaContentSchema, { marketing: { notes: 'Events count double' } }))).toContain('marketing.notes');
  });

  it('shows the linked plan’s figures, formatted by the caller', () => {
    const linked = linkPlan(filled, {
      scenarioId: 's1', scenarioName: 'Plan 2025', mqlsPerMonth: 1200, sqlsPerMonth: 300, mqlsPerRep: 150,
      sqlsPerRep: 37.5, reps: 8, capacityOk: false, maxMqlsPerMonth: 1000,
    }, '2025-03-01T09:00:00.000Z');
    const doc = buildSlaDocument(linked, labels, { formatNumber: (n) => `#${n}`, formatDateTime: (iso) => iso.slice(0, 10) });
    const plan = section(doc, 'marketing').blocks.at(-1)!;
    expect(plan.label).toBe('sla.doc.linkedPlan');
    // Whole leads: 300 SQLs a month shared by 8 reps is 37.5 each, committed as 38.
    expect(values(plan).map((v) => v.text)).toEqual([
      'Plan 2025', '#1200', '#300', '#150', '#38', '#8', '#1000', 'sla.linked.capacityShort', '2025-03-01',
    ]);
    expect(section(buildSlaDocument(filled, labels), 'marketing').blocks.some((b) => b.label === 'sla.doc.linkedPlan')).toBe(false);
  });

  it('states a linked plan’s period total and its cumulative split, in whole leads', () => {
    // 1,000 MQLs and 400 SQLs over 12 months: 83.3 and 33.3 a month, committed as 84 and 34.
    const linked = linkPlan(filled, {
      scenarioId: 's1', scenarioName: 'FY', mqlsPerMonth: 1000 / 12, sqlsPerMonth: 400 / 12, mqlsPerRep: 1000 / 12 / 8,
      sqlsPerRep: 400 / 12 / 8, reps: 8, capacityOk: true, maxMqlsPerMonth: 1066.67, months: 12, mqlsTotal: 1000, sqlsTotal: 400,
    }, '2025-03-01T09:00:00.000Z');
    expect(linked.marketing.mqlsPerMonth).toBe('84');
    const doc = buildSlaDocument(linked, labels, {
      formatNumber: String, formatDateTime: (iso) => iso.slice(0, 10),
      formatTotal: (total, months) => `${total} in ${months} months`, formatList: (values) => values.join(' · '),
    });
    const plan = section(doc, 'marketing').blocks.at(-1)!;
    expect(plan.kind === 'fields' && plan.fields.map((f) => [f.label, f.value.text])).toEqual([
      ['sla.linked.scenarioName', 'FY'],
      ['sla.linked.mqlsTotal', '1000 in 12 months'],
      ['sla.linked.cumulative', '84 · 167 · 250 · 334 · 417 · 500 · 584 · 667 · 750 · 834 · 917 · 1000'],
      ['sla.linked.sqlsTotal', '400 in 12 months'],
      ['sla.linked.mqlsPerMonth', '84'],
      ['sla.linked.sqlsPerMonth', '34'],
      ['sla.linked.mqlsPerRep', '11'],
      ['sla.linked.sqlsPerRep', '5'],
      ['sla.linked.reps', '8'],
      ['sla.linked.maxMqlsPerMonth', '1066'],
      ['sla.linked.capacity', 'sla.linked.capacityOk'],
      ['sla.linked.linkedAt', '2025-03-01'],
    ]);
  });

  it('leaves a text over its limit out, saying by how much, and keeps the rest', () => {
    // A line holds 200 characters, a paragraph 2,000, a list item 300.
    const content = v.parse(slaContentSchema, {
      parties: { salesOwner: 'S'.repeat(201), marketingOwner: 'M'.repeat(200) },
      goal: { statement: 'x'.repeat(100_000) },
      escalation: { steps: ['Owners talk', 'y'.repeat(301)] },
    });
    const doc = buildSlaDocument(content, labels, { formatOverLimit: (over, max) => `over by ${over} (max ${max})` });
    const byPath = new Map(allValues(doc).map((value) => [value.path, value]));
    expect(byPath.get('parties.salesOwner')).toEqual({ kind: 'text', path: 'parties.salesOwner', text: 'over by 1 (max 200)', empty: true, overLimit: true });
    expect(byPath.get('parties.marketingOwner')?.text).toBe('M'.repeat(200));
    expect(byPath.get('goal.statement')?.text).toBe('over by 98000 (max 2000)');
    expect(byPath.get('escalation.steps.0')?.text).toBe('Owners talk');
    expect(byPath.get('escalation.steps.1')?.text).toBe('over by 1 (max 300)');
  });

  it('uses only label keys that SlaLabels has', () => {
    const known = new Set<string>(slaLabelKeys);
    const doc = buildSlaDocument(linkPlan(filled, {
      scenarioId: 's', scenarioName: 'S', mqlsPerMonth: 1, sqlsPerMonth: 1, mqlsPerRep: 1, sqlsPerRep: 1, reps: 1, capacityOk: true, maxMqlsPerMonth: 9,
    }, 'now'), labels);
    const used = [
      ...doc.sections.map((s) => s.heading),
      ...doc.sections.flatMap((s) => s.blocks.flatMap((b) => [
        ...(b.label ? [b.label] : []),
        ...(b.kind === 'fields' ? b.fields.map((f) => f.label) : []),
        ...(b.kind === 'table' ? b.columns : []),
      ])),
    ];
    expect(used.filter((label) => !known.has(label as SlaLabelKey))).toEqual([]);
  });
});
