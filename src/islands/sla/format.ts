import { useMemo } from 'preact/hooks';
import type { MessageKey } from '../../i18n/messages/types';
import { pluralKey } from '../../i18n/text';
import type { SlaDocumentOptions } from '../../lib/sla/document';
import { buildSlaLabels, type SlaLabels } from '../../lib/sla/labels';
import { useI18n } from '../kit/i18n';

export interface SlaFormatters {
  labels: SlaLabels;
  /** A plan figure: grouped, at most one decimal. */
  number: (value: number) => string;
  /** An ISO date-time, as date and time. */
  dateTime: (iso: string) => string;
  /** An ISO date-time, as a date only. */
  date: (iso: string) => string;
  /** What buildSlaDocument needs to word figures: numbers, dates, totals, lists and texts over their limit. */
  documentOptions: Required<Omit<SlaDocumentOptions, 'title'>>;
}

/** The document's labels and the builder's formatters for the island's language. */
export function useSlaFormatters(): SlaFormatters {
  const { t, lang } = useI18n();
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    const dateTimes = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
    const valid = (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? null : date;
    };
    const number = (value: number) => (Number.isFinite(value) ? numbers.format(value) : '–');
    const dateTime = (iso: string) => {
      const date = valid(iso);
      return date ? dateTimes.format(date) : iso;
    };
    const counted = (key: string, count: number, vars: Record<string, string>) =>
      t(pluralKey(key, count, lang) as MessageKey, vars);
    return {
      labels: buildSlaLabels(t),
      number,
      dateTime,
      documentOptions: {
        formatNumber: number,
        formatDateTime: dateTime,
        formatTotal: (total, months) => counted('sla.linked.totalValue', months, { total: number(total), months: number(months) }),
        // A middle dot, not a comma: figures grouped with commas (1,000) stay readable in any language.
        formatList: (values) => values.join(' · '),
        formatOverLimit: (over, max) => counted('sla.doc.overLimit', over, { over: number(over), max: number(max) }),
      },
      date: (iso) => {
        const date = valid(iso);
        return date ? dates.format(date) : iso;
      },
    };
  }, [t, lang]);
}

/** Today as yyyy-mm-dd in the user's own time zone (the health check compares review dates with it). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The DOM id of a form field for a content path ('icp.personas.0.name' → 'sla-f-icp-personas-0-name'). */
export const fieldId = (path: string) => `sla-f-${path.replace(/\./g, '-')}`;
/** The form section's and the document section's DOM ids. */
export const formSectionId = (section: string) => `sla-sec-${section}`;
export const docSectionId = (section: string) => `sla-doc-${section}`;
