import {
  leadGrades, leadStages, slaSectionIds, temperatures, type LinkedPlan, type SlaContent, type SlaSectionId,
} from './draft';
import type { SlaBlock, SlaCell, SlaDocument, SlaField, SlaList, SlaText } from './document-model';
import { textLength } from '../text-limit';
import { wholeCommitment } from './commitment';
import type { SlaFieldKey } from './fields';
import type { SlaLabelKey, SlaLabels } from './labels';
import { slaTextLimit } from './limits';

export type * from './document-model';

export interface SlaDocumentOptions {
  /** The draft's name; the generic title (sla.doc.title) when blank. */
  title?: string;
  /** Formats the linked plan's figures (Intl in the UI); plain String() otherwise. */
  formatNumber?: (value: number) => string;
  /** Formats the ISO date-time the plan was linked at; shown as stored otherwise. */
  formatDateTime?: (iso: string) => string;
  /** A period total: "1,000 over 12 months". */
  formatTotal?: (total: number, months: number) => string;
  /** A list of figures: "84, 167, 250". */
  formatList?: (values: readonly string[]) => string;
  /** What stands in for a text over its limit: "Left out: 98,000 characters over the limit of 2,000." */
  formatOverLimit?: (over: number, max: number) => string;
}

const isBlank = (raw: string) => raw.trim() === '';

/** Builds the document of a draft's content. Pure: the same content and labels give the same document. */
export function buildSlaDocument(content: SlaContent, labels: SlaLabels, options: SlaDocumentOptions = {}): SlaDocument {
  const placeholder = (path: string): SlaText => ({ kind: 'text', path, text: labels['sla.doc.notAgreed'], empty: true });
  /** A text past its limit is kept in the draft but left out of the document (and so of print and export). */
  const overLimit = (path: string, raw: string): SlaText | null => {
    const max = slaTextLimit(path);
    const length = max === null ? 0 : textLength(raw);
    if (max === null || length <= max) return null;
    const text = options.formatOverLimit?.(length - max, max) ?? `… (+${length - max})`;
    return { kind: 'text', path, text, empty: true, overLimit: true };
  };
  const value = (path: string, raw: string): SlaText =>
    isBlank(raw) ? placeholder(path) : (overLimit(path, raw) ?? { kind: 'text', path, text: raw, empty: false });
  /** A choice shows its label; `prefix` is where its labels live ('sla.owner'). */
  const choice = (path: string, raw: string, prefix: string): SlaText =>
    raw === '' ? placeholder(path) : { kind: 'text', path, text: labels[`${prefix}.${raw}` as SlaLabelKey] ?? raw, empty: false };
  const items = (path: string, raw: readonly string[]): SlaText[] =>
    raw.flatMap((item, i) => (isBlank(item) ? [] : [value(`${path}.${i}`, item)]));

  const field = (key: SlaFieldKey, text: SlaText): SlaField => ({ label: labels[`sla.field.${key}`], value: text });
  const fields = (list: SlaField[], label?: string): SlaBlock => ({
    kind: 'fields', ...(label ? { label } : {}), fields: list, empty: list.every((f) => f.value.empty),
  });
  const textFields = (keys: SlaFieldKey[]) => fields(keys.map((key) => field(key, value(key, read(content, key)))));
  const paragraph = (path: string, raw: string, label?: string): SlaBlock => {
    const text = value(path, raw);
    return { kind: 'paragraph', ...(label ? { label } : {}), value: text, empty: text.empty };
  };
  const list = (path: string, raw: readonly string[], label: string, ordered = false): SlaBlock => {
    const filled = items(path, raw);
    return filled.length === 0
      ? { kind: 'paragraph', label, value: placeholder(path), empty: true }
      : { kind: 'list', label, ordered, path, items: filled, empty: false };
  };
  const table = (path: string, label: string | undefined, columns: SlaLabelKey[], rows: SlaCell[][]): SlaBlock =>
    rows.length === 0
      ? { kind: 'paragraph', ...(label ? { label } : {}), value: placeholder(path), empty: true }
      : { kind: 'table', ...(label ? { label } : {}), path, columns: columns.map((c) => labels[c]), rows, empty: rows.every((r) => r.every((c) => c.empty)) };
  const cellList = (path: string, raw: readonly string[]): SlaCell => {
    const filled = items(path, raw);
    return filled.length === 0 ? placeholder(path) : ({ kind: 'list', path, items: filled, empty: false } satisfies SlaList);
  };

  const { icp, definitions, grading, temperature, marketing, sales, reporting, escalation } = content;
  const blocks: Record<SlaSectionId, SlaBlock[]> = {
    parties: [textFields(['parties.marketingTeam', 'parties.marketingOwner', 'parties.salesTeam', 'parties.salesOwner'])],
    term: [fields([
      field('term.effectiveDate', value('term.effectiveDate', content.term.effectiveDate)),
      field('term.reviewDate', value('term.reviewDate', content.term.reviewDate)),
      field('term.reviewCadence', choice('term.reviewCadence', content.term.reviewCadence, 'sla.cadence')),
    ])],
    goal: [
      textFields(['goal.revenueTarget', 'goal.period']),
      paragraph('goal.statement', content.goal.statement, labels['sla.field.goal.statement']),
    ],
    icp: [
      paragraph('icp.description', icp.description, labels['sla.field.icp.description']),
      table('icp.personas', labels['sla.doc.personas'], ['sla.doc.personaName', 'sla.doc.personaDescription'],
        icp.personas.flatMap((p, i) => (isBlank(p.name) && isBlank(p.description) ? [] : [[
          value(`icp.personas.${i}.name`, p.name), value(`icp.personas.${i}.description`, p.description),
        ]]))),
    ],
    definitions: leadStages.flatMap((stage) => [
      paragraph(`definitions.${stage}.definition`, definitions[stage].definition, labels[`sla.stage.${stage}`]),
      list(`definitions.${stage}.criteria`, definitions[stage].criteria, labels['sla.doc.criteria']),
    ]),
    grading: [table('grading', undefined, ['sla.doc.grade', 'sla.doc.meaning', 'sla.doc.responseHours'],
      leadGrades.map((grade) => [
        { kind: 'text', path: `grading.${grade}`, text: labels[`sla.grade.${grade}`], empty: false },
        value(`grading.${grade}.meaning`, grading[grade].meaning),
        value(`grading.${grade}.responseHours`, grading[grade].responseHours),
      ]))],
    temperature: [table('temperature', undefined, ['sla.doc.temperature', 'sla.doc.actions', 'sla.doc.owner'],
      temperatures.map((t) => [
        { kind: 'text', path: `temperature.${t}`, text: labels[`sla.temperature.${t}`], empty: false },
        cellList(`temperature.${t}.actions`, temperature[t].actions),
        choice(`temperature.${t}.owner`, temperature[t].owner, 'sla.owner'),
      ]))],
    marketing: [
      textFields(['marketing.mqlsPerMonth', 'marketing.mqlsPerRep', 'marketing.minMqlToSqlRate', 'marketing.handoverHours']),
      list('marketing.dataCaptured', marketing.dataCaptured, labels['sla.field.marketing.dataCaptured']),
      ...notes('marketing.notes', marketing.notes),
      ...(content.linkedPlan ? [fields(linkedPlanFields(content.linkedPlan), labels['sla.doc.linkedPlan'])] : []),
    ],
    sales: [
      // Sales' first response by grade is the grading table's hours, shown again where sales commits to it.
      fields(leadGrades.map((grade) => field(`grading.${grade}.responseHours`, value(`grading.${grade}.responseHours`, grading[grade].responseHours))),
        labels['sla.doc.firstResponse']),
      textFields(['sales.attempts', 'sales.attemptDays', 'sales.statusUpdateDays', 'sales.rejectionReasonHours']),
      paragraph('sales.recycling', sales.recycling, labels['sla.field.sales.recycling']),
      ...notes('sales.notes', sales.notes),
    ],
    reporting: [
      list('reporting.kpis', reporting.kpis, labels['sla.field.reporting.kpis']),
      textFields(['reporting.dashboard', 'reporting.frequency', 'reporting.reviewers']),
    ],
    escalation: [
      list('escalation.steps', escalation.steps, labels['sla.field.escalation.steps'], true),
      paragraph('escalation.whenMarketingMisses', escalation.whenMarketingMisses, labels['sla.field.escalation.whenMarketingMisses']),
      paragraph('escalation.whenSalesMisses', escalation.whenSalesMisses, labels['sla.field.escalation.whenSalesMisses']),
    ],
    changes: [paragraph('changes.process', content.changes.process)],
    signOff: [table('signOff', undefined, ['sla.doc.party', 'sla.doc.name', 'sla.doc.role', 'sla.doc.date'],
      content.signOff.flatMap((row, i) => (row.party === '' && [row.name, row.role, row.date].every(isBlank) ? [] : [[
        choice(`signOff.${i}.party`, row.party, 'sla.party'),
        value(`signOff.${i}.name`, row.name),
        value(`signOff.${i}.role`, row.role),
        value(`signOff.${i}.date`, row.date),
      ]])))],
  };

  /** Notes are optional: left out of the document when blank rather than shown as "not agreed". */
  function notes(path: string, raw: string): SlaBlock[] {
    return isBlank(raw) ? [] : [paragraph(path, raw, labels[`sla.field.${path as SlaFieldKey}`])];
  }

  function linkedPlanFields(plan: LinkedPlan): SlaField[] {
    const number = options.formatNumber ?? String;
    // Commitments are whole leads: the plan's 83.3 a month becomes its period total and a cumulative split.
    const whole = wholeCommitment(plan);
    const text = (key: SlaLabelKey, path: string, shown: string): SlaField => ({
      label: labels[key], value: { kind: 'text', path: `linkedPlan.${path}`, text: shown, empty: false },
    });
    const figure = (key: SlaLabelKey, path: string, n: number): SlaField => text(key, path, number(n));
    const total = (n: number, months: number) => (options.formatTotal ?? ((a, b) => `${number(a)} / ${number(b)}`))(n, months);
    const totals: SlaField[] =
      whole.mqlsTotal !== null && whole.months !== null
        ? [
            text('sla.linked.mqlsTotal', 'mqlsTotal', total(whole.mqlsTotal, whole.months)),
            text('sla.linked.cumulative', 'cumulative', (options.formatList ?? ((v) => v.join(', ')))(whole.cumulative.map(number))),
            ...(whole.sqlsTotal !== null ? [text('sla.linked.sqlsTotal', 'sqlsTotal', total(whole.sqlsTotal, whole.months))] : []),
          ]
        : [];
    return [
      { label: labels['sla.linked.scenarioName'], value: value('linkedPlan.scenarioName', plan.scenarioName) },
      ...totals,
      figure('sla.linked.mqlsPerMonth', 'mqlsPerMonth', whole.mqlsPerMonth),
      figure('sla.linked.sqlsPerMonth', 'sqlsPerMonth', whole.sqlsPerMonth),
      figure('sla.linked.mqlsPerRep', 'mqlsPerRep', whole.mqlsPerRep),
      figure('sla.linked.sqlsPerRep', 'sqlsPerRep', whole.sqlsPerRep),
      figure('sla.linked.reps', 'reps', plan.reps),
      figure('sla.linked.maxMqlsPerMonth', 'maxMqlsPerMonth', whole.maxMqlsPerMonth),
      { label: labels['sla.linked.capacity'], value: { kind: 'text', path: 'linkedPlan.capacityOk',
        text: labels[plan.capacityOk ? 'sla.linked.capacityOk' : 'sla.linked.capacityShort'], empty: false } },
      { label: labels['sla.linked.linkedAt'], value: value('linkedPlan.linkedAt', (options.formatDateTime ?? String)(plan.linkedAt)) },
    ];
  }

  const title = options.title && !isBlank(options.title) ? options.title : labels['sla.doc.title'];
  return {
    title,
    sections: slaSectionIds.map((id) => ({
      id, heading: labels[`sla.section.${id}`], blocks: blocks[id], empty: blocks[id].every((b) => b.empty),
    })),
  };
}

/** The raw text of a one-line or multi-line field by its key ('parties.salesOwner'). */
function read(content: SlaContent, key: string): string {
  const [group, name] = key.split('.') as [keyof SlaContent, string];
  const raw = (content[group] as Record<string, unknown> | undefined)?.[name];
  return typeof raw === 'string' ? raw : '';
}
