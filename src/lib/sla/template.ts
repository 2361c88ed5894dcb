import * as v from 'valibot';
import type { SlaTemplate } from '../../schemas/sla-template';
import { slaContentSchema, type SlaContent } from './draft';
import { fieldKeyOf } from './fields';

/**
 * Money in a template is written as a plain amount in a placeholder, `{money:8000000}`, never
 * with a currency ("800 万元"): the amount is set in the workbook's currency, as every other
 * figure is, when a draft starts from the template.
 */
export const TEMPLATE_MONEY = /\{money:(\d+(?:\.\d+)?)\}/g;

/** Sets each `{money:…}` of a text with `formatMoney` (the workbook's currency, the page's language). */
export function fillTemplateMoney(text: string, formatMoney: (amount: number) => string): string {
  return text.replace(TEMPLATE_MONEY, (_, amount: string) => formatMoney(Number(amount)));
}

/** Every string of a value, deeply, through `change`. */
function mapStrings<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, change)])) as T;
  }
  return value;
}

/**
 * A fresh, full draft content from a template, its money set with `formatMoney` (without one, the
 * plain amount). Parsing again both fills any field the template left out and copies the
 * template's lists, so editing the draft never touches the template.
 */
export function templateToContent(
  template: Pick<SlaTemplate, 'content'>,
  formatMoney: (amount: number) => string = String,
): SlaContent {
  return v.parse(slaContentSchema, mapStrings(template.content, (text) => fillTemplateMoney(text, formatMoney)));
}

/** The template's guidance for a field, by concrete path ('definitions.mql.criteria.2') or field key. */
export function guidanceFor(template: Pick<SlaTemplate, 'guidance'>, path: string): string | undefined {
  const key = fieldKeyOf(path);
  return Object.hasOwn(template.guidance, key) ? template.guidance[key] : undefined;
}
