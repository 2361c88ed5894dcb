import { describe, expect, it } from 'vitest';
import type { SlaDocument, SlaText } from './document';
import { slaDocumentToMarkdown } from './markdown';

const text = (path: string, value: string): SlaText => ({ kind: 'text', path, text: value, empty: false });
const none = (path: string): SlaText => ({ kind: 'text', path, text: 'Not agreed yet', empty: true });

const document: SlaDocument = {
  title: 'Acme SLA',
  sections: [
    {
      id: 'parties', heading: 'Parties and owners', empty: false, blocks: [
        { kind: 'fields', empty: false, fields: [
          { label: 'Marketing team', value: text('parties.marketingTeam', 'Demand gen\nEMEA') },
          { label: 'Sales owner', value: none('parties.salesOwner') },
        ] },
      ],
    },
    {
      id: 'definitions', heading: 'Definitions', empty: false, blocks: [
        { kind: 'paragraph', label: 'MQL', empty: false, value: text('definitions.mql.definition', 'A lead that fits.') },
        { kind: 'list', label: 'Entry criteria', ordered: false, path: 'definitions.mql.criteria', empty: false,
          items: [text('definitions.mql.criteria.0', '50+ staff'), text('definitions.mql.criteria.1', 'Opted in')] },
      ],
    },
    {
      id: 'temperature', heading: 'Temperature playbook', empty: false, blocks: [
        { kind: 'table', path: 'temperature', empty: false, columns: ['Temperature', 'Actions', 'Owner'], rows: [
          [text('temperature.cold', 'Cold'), { kind: 'list', path: 'temperature.cold.actions', empty: false,
            items: [text('temperature.cold.actions.0', 'Mail'), text('temperature.cold.actions.1', 'Offer')] }, none('temperature.cold.owner')],
        ] },
      ],
    },
    {
      id: 'escalation', heading: 'Escalation', empty: false, blocks: [
        { kind: 'list', ordered: true, path: 'escalation.steps', empty: false,
          items: Array.from({ length: 10 }, (_, i) => text(`escalation.steps.${i}`, i === 9 ? 'Board\nreview' : `Step ${i + 1}`)) },
      ],
    },
  ],
};

describe('slaDocumentToMarkdown', () => {
  it('writes headings, fields, lists and tables as CommonMark with GFM tables', () => {
    expect(slaDocumentToMarkdown(document)).toBe([
      '# Acme SLA',
      '## Parties and owners',
      '- **Marketing team**: Demand gen\\\n  EMEA\n- **Sales owner**: *Not agreed yet*',
      '## Definitions',
      '### MQL',
      'A lead that fits\\.',
      '### Entry criteria',
      '- 50\\+ staff\n- Opted in',
      '## Temperature playbook',
      '| Temperature | Actions | Owner |\n| --- | --- | --- |\n| Cold | • Mail<br>• Offer | *Not agreed yet* |',
      '## Escalation',
      [...Array.from({ length: 9 }, (_, i) => `${i + 1}. Step ${i + 1}`), '10. Board\\\n    review'].join('\n'),
    ].join('\n\n') + '\n');
  });

  it('keeps a table row on one line whatever the cell holds', () => {
    const table: SlaDocument = { title: 'T', sections: [{ id: 'signOff', heading: 'Sign-off', empty: false, blocks: [
      { kind: 'table', path: 'signOff', empty: false, columns: ['Name'], rows: [[text('signOff.0.name', 'a | b\n\n- c')]] },
    ] }] };
    const row = slaDocumentToMarkdown(table).split('\n').find((line) => line.startsWith('| a'));
    expect(row).toBe('| a \\| b<br><br>\\- c |');
  });

  it('switches the list marker when two lists follow each other, so they stay two lists', () => {
    const field = { label: 'Dashboard', value: text('reporting.dashboard', 'CRM') };
    const item = text('reporting.kpis.0', 'MQLs');
    const markdown = slaDocumentToMarkdown({ title: 'T', sections: [{ id: 'reporting', heading: 'Reporting', empty: false, blocks: [
      { kind: 'list', ordered: false, path: 'reporting.kpis', empty: false, items: [item] },
      { kind: 'fields', empty: false, fields: [field] },
      { kind: 'fields', empty: false, fields: [field] },
      { kind: 'list', ordered: true, path: 'escalation.steps', empty: false, items: [item] },
      { kind: 'list', ordered: true, path: 'escalation.steps', empty: false, items: [item] },
      { kind: 'fields', label: 'Again', empty: false, fields: [field] },
    ] }] });
    expect(markdown.split('\n\n').slice(2)).toEqual([
      '- MQLs', '* **Dashboard**: CRM', '- **Dashboard**: CRM', '1. MQLs', '1) MQLs', '### Again', '- **Dashboard**: CRM\n',
    ]);
  });

  it('puts a Chinese colon after field labels when asked, outside the bold so CJK emphasis still closes', () => {
    const markdown = slaDocumentToMarkdown({ title: '协议', sections: [{ id: 'parties', heading: '协议双方', empty: false, blocks: [
      { kind: 'fields', empty: false, fields: [{ label: '市场团队', value: text('parties.marketingTeam', '增长组') }] },
    ] }] }, { fieldSeparator: '：' });
    expect(markdown).toContain('- **市场团队**：增长组\n');
  });

  it('escapes labels and titles as well as user text', () => {
    const markdown = slaDocumentToMarkdown({ title: '# <b>Title</b>', sections: [] });
    expect(markdown).toBe('# \\# &lt;b&gt;Title&lt;/b&gt;\n');
  });
});
