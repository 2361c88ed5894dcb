import { TEXT_LIMITS } from '../text-limit';
import { fieldKeyOf, slaFields, type SlaFieldInput } from './fields';

const LIMIT_OF: Record<SlaFieldInput, number | null> = {
  line: TEXT_LIMITS.line,
  text: TEXT_LIMITS.text,
  list: TEXT_LIMITS.item,
  // Numbers and dates are typed as text and may say "about 300": a line is room enough.
  count: TEXT_LIMITS.line,
  percent: TEXT_LIMITS.line,
  hours: TEXT_LIMITS.line,
  days: TEXT_LIMITS.line,
  date: TEXT_LIMITS.line,
  choice: null,
};

const inputOf = new Map<string, SlaFieldInput>(slaFields.map((field) => [field.key, field.input]));

/**
 * The most characters a field of the agreement holds, by its concrete path ('escalation.steps.2',
 * 'icp.personas.0.description'): a list's items are held to an item's limit, a paragraph to a
 * text's. Null for a path that is no typed field (a choice, the linked plan).
 */
export function slaTextLimit(path: string): number | null {
  const key = fieldKeyOf(path);
  const input = inputOf.get(key);
  return input ? LIMIT_OF[input] : null;
}
