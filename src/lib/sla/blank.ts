import type { SlaContent } from './draft';

/** Every text a value holds, however deeply nested. */
function texts(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) texts(item, found);
  return found;
}

/**
 * Whether a draft holds nothing yet: every field blank and no plan linked. A blank draft is left
 * out of the plan packet rather than printed as a page of "not agreed yet".
 */
export function slaContentIsBlank(content: SlaContent): boolean {
  return !content.linkedPlan && texts(content).every((text) => text.trim() === '');
}
