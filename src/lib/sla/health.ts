import { parseNumber, type NumberProblem, type NumberRule } from '../number';
import { leadGrades, slaSectionIds, type SlaContent, type SlaSectionId } from './draft';
import type { SlaFieldInput } from './fields';

/**
 * The health check: what is missing or weak in a draft, as codes the UI words
 * (`sla.health.<code>`, with `{section}` filled with the section's heading and the other
 * placeholders from `params`). Numbers are read from the text through parseNumber; text that is
 * not a number does not count as a measurable commitment.
 */

export type HealthSeverity = 'missing' | 'weak';

export type HealthCode =
  /** Every field of a section is blank. The section's other findings are left out. */
  | 'emptySection'
  /** Marketing commits to nothing measurable while sales does (and the reverse; and neither). */
  | 'marketingCommitsNothingMeasurable'
  | 'salesCommitsNothingMeasurable'
  | 'noMeasurableCommitments'
  | 'escalationNoSteps'
  | 'escalationNoConsequenceForMarketing'
  | 'escalationNoConsequenceForSales'
  /** Grades without a first-response time in hours. params.grades: ["B", "D"], for the UI to list. */
  | 'responseTimesMissing'
  /** Every grade gets the same response time. params.hours. */
  | 'responseTimesNotTiered'
  /** A lower grade is answered faster than a higher one. params.faster, params.slower: grade letters. */
  | 'responseTimesInverted'
  /** More MQLs than the sales team can work. params.mqlsPerMonth, params.maxMqlsPerMonth. */
  | 'volumeOverCapacity'
  | 'reviewDateMissing'
  /** params.reviewDate: the text that is not a yyyy-mm-dd date. */
  | 'reviewDateInvalid'
  /** params.reviewDate, params.today. */
  | 'reviewDatePassed'
  | 'mqlNoCriteria'
  | 'sqlNoCriteria'
  | 'signOffNoMarketing'
  | 'signOffNoSales'
  /** Sign-off rows without a party, name, role or date. params.rows: [1, 3], for the UI to list. */
  | 'signOffIncomplete'
  /** params.linkedAt: when the plan was linked (ISO). */
  | 'linkedPlanChanged'
  /**
   * The CRM export shows deals closed as lost sooner than the follow-up the agreement promises.
   * params.attemptDays (promised), params.lostDays (measured median), params.deals, params.file.
   */
  | 'followUpNeverMet'
  /**
   * The agreement expects more MQLs to become SQLs than the CRM export shows.
   * params.committed, params.measured (percent), params.records, params.file.
   */
  | 'sqlAcceptanceAboveMeasured';

export interface HealthFinding {
  code: HealthCode;
  severity: HealthSeverity;
  section: SlaSectionId;
  /** Values for the message's placeholders; a list is joined the UI language's way (Intl.ListFormat). */
  params: Record<string, string | number | readonly (string | number)[]>;
}

export interface HealthOptions {
  /** Today as yyyy-mm-dd (passed in, so the check is pure). */
  today: string;
  /**
   * The linked funnel plan as it is now. Without it, the snapshot kept in `content.linkedPlan`
   * is used for the capacity rule (and the plan counts as unchanged).
   */
  plan?: { capacityOk: boolean; mqlsPerMonth: number; maxMqlsPerMonth: number; changedSinceLink: boolean };
  /** What the last CRM export measured, to hold the commitments against what happened. */
  measured?: {
    file: string;
    /** Median days from created to lost, and over how many lost deals. */
    lostDays: number | null;
    lostDeals: number;
    /** Share of records at the MQL stage that reached SQL (0–1), when the stages were placed. */
    mqlToSql: number | null;
    mqlRecords: number;
  };
}

const isBlank = (raw: string) => raw.trim() === '';
const count: NumberRule = { kind: 'number', min: 0 };
const percent: NumberRule = { kind: 'percent' };

/**
 * Why the form's number field (a count, a rate, hours or days) does not read as a commitment
 * the health check can count: 'notANumber' ("about 300"), 'negative', 'outOfRange' (a rate past
 * 100 %), 'tooLarge'; null when it reads, or is blank. The same rules as the check's own.
 */
export function slaNumberProblem(raw: string, input: Extract<SlaFieldInput, 'count' | 'percent' | 'hours' | 'days'>): NumberProblem['code'] | null {
  if (isBlank(raw)) return null;
  const parsed = parseNumber(raw, input === 'percent' ? percent : count);
  return parsed.ok ? null : parsed.problem.code;
}

/** The number in the text, or undefined when it is blank or not a number. */
function amount(raw: string, rule: NumberRule = count): number | undefined {
  const parsed = parseNumber(raw, rule);
  return parsed.ok ? parsed.value : undefined;
}
const positive = (raw: string, rule?: NumberRule) => (amount(raw, rule) ?? 0) > 0;

/** Whether everything the user could type into this value is blank. */
function allBlank(value: unknown): boolean {
  if (typeof value === 'string') return isBlank(value);
  if (Array.isArray(value)) return value.every(allBlank);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(allBlank);
  return true;
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const grade = (g: string) => g.toUpperCase();

export function healthCheck(content: SlaContent, options: HealthOptions): HealthFinding[] {
  const findings: HealthFinding[] = [];
  const add = (code: HealthCode, severity: HealthSeverity, section: SlaSectionId, params: HealthFinding['params'] = {}) =>
    findings.push({ code, severity, section, params });
  const { marketing, sales, grading, escalation, term, definitions, signOff } = content;

  const empty = new Set(slaSectionIds.filter((id) => allBlank(content[id])));
  for (const id of empty) add('emptySection', 'missing', id);

  // Commitments on both sides: a number each side can be held to.
  const marketingMeasurable = positive(marketing.mqlsPerMonth) || positive(marketing.mqlsPerRep)
    || positive(marketing.minMqlToSqlRate, percent) || positive(marketing.handoverHours);
  const salesMeasurable = leadGrades.some((g) => positive(grading[g].responseHours)) || positive(sales.attempts)
    || positive(sales.attemptDays) || positive(sales.statusUpdateDays) || positive(sales.rejectionReasonHours);
  if (marketingMeasurable && !salesMeasurable) add('salesCommitsNothingMeasurable', 'weak', 'sales');
  if (salesMeasurable && !marketingMeasurable) add('marketingCommitsNothingMeasurable', 'weak', 'marketing');
  if (!marketingMeasurable && !salesMeasurable) add('noMeasurableCommitments', 'missing', 'marketing');

  if (escalation.steps.every(isBlank)) add('escalationNoSteps', 'missing', 'escalation');
  if (isBlank(escalation.whenMarketingMisses)) add('escalationNoConsequenceForMarketing', 'missing', 'escalation');
  if (isBlank(escalation.whenSalesMisses)) add('escalationNoConsequenceForSales', 'missing', 'escalation');

  // First response tiered by grade: every grade has hours, they are not all the same, A is fastest.
  const hours = leadGrades.map((g) => amount(grading[g].responseHours));
  const missing = leadGrades.filter((_, i) => hours[i] === undefined);
  if (missing.length > 0) {
    add('responseTimesMissing', 'missing', 'grading', { grades: missing.map(grade) });
  } else if (new Set(hours).size === 1) {
    add('responseTimesNotTiered', 'weak', 'grading', { hours: hours[0]! });
  } else {
    const inverted = leadGrades.findIndex((_, i) => i > 0 && hours[i]! < hours[i - 1]!);
    if (inverted > 0) {
      add('responseTimesInverted', 'weak', 'grading', { faster: grade(leadGrades[inverted]!), slower: grade(leadGrades[inverted - 1]!) });
    }
  }

  // Volume against the sales team's capacity, from the funnel plan.
  const linked = content.linkedPlan;
  const plan = options.plan ?? (linked && { ...linked, changedSinceLink: false });
  if (plan) {
    const committed = amount(marketing.mqlsPerMonth);
    const capacityKnown = Number.isFinite(plan.maxMqlsPerMonth);
    if (!plan.capacityOk || (committed !== undefined && capacityKnown && committed > plan.maxMqlsPerMonth)) {
      add('volumeOverCapacity', 'weak', 'marketing', { mqlsPerMonth: committed ?? plan.mqlsPerMonth, maxMqlsPerMonth: plan.maxMqlsPerMonth });
    }
    if (plan.changedSinceLink && linked) add('linkedPlanChanged', 'weak', 'marketing', { linkedAt: linked.linkedAt });
  }

  // Commitments against what the CRM export shows happened.
  const measured = options.measured;
  if (measured) {
    const attemptDays = amount(sales.attemptDays);
    if (attemptDays !== undefined && attemptDays > 0 && measured.lostDays !== null && measured.lostDays < attemptDays) {
      add('followUpNeverMet', 'weak', 'sales', { attemptDays, lostDays: measured.lostDays, deals: measured.lostDeals, file: measured.file });
    }
    const committed = amount(marketing.minMqlToSqlRate, percent);
    if (committed !== undefined && committed > 0 && measured.mqlToSql !== null && measured.mqlToSql * 100 < committed) {
      add('sqlAcceptanceAboveMeasured', 'weak', 'marketing', { committed, measured: Math.round(measured.mqlToSql * 1000) / 10, records: measured.mqlRecords, file: measured.file });
    }
  }

  const review = term.reviewDate.trim();
  if (review === '') add('reviewDateMissing', 'missing', 'term');
  else if (!isIsoDate(review)) add('reviewDateInvalid', 'missing', 'term', { reviewDate: review });
  else if (isIsoDate(options.today) && review < options.today) {
    add('reviewDatePassed', 'weak', 'term', { reviewDate: review, today: options.today });
  }

  if (definitions.mql.criteria.every(isBlank)) add('mqlNoCriteria', 'missing', 'definitions');
  if (definitions.sql.criteria.every(isBlank)) add('sqlNoCriteria', 'missing', 'definitions');

  const rows = signOff.map((row, i) => ({ ...row, number: i + 1 })).filter((row) => !allBlank(row));
  if (!rows.some((row) => row.party === 'marketing')) add('signOffNoMarketing', 'missing', 'signOff');
  if (!rows.some((row) => row.party === 'sales')) add('signOffNoSales', 'missing', 'signOff');
  const incomplete = rows.filter((row) => row.party === '' || [row.name, row.role, row.date].some(isBlank));
  if (incomplete.length > 0) add('signOffIncomplete', 'missing', 'signOff', { rows: incomplete.map((r) => r.number) });

  // An empty section says it all; its finer findings would only repeat it.
  const order = (section: SlaSectionId) => slaSectionIds.indexOf(section);
  return findings
    .filter((f) => f.code === 'emptySection' || !empty.has(f.section))
    .sort((a, b) => order(a.section) - order(b.section));
}
