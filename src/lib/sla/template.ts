import * as v from 'valibot';
import type { SlaTemplate } from '../../schemas/sla-template';
import { slaContentSchema, type SlaContent } from './draft';
import { fieldKeyOf } from './fields';

/**
 * A fresh, full draft content from a template. Parsing again both fills any field the template
 * left out and copies the template's lists, so editing the draft never touches the template.
 */
export function templateToContent(template: Pick<SlaTemplate, 'content'>): SlaContent {
  return v.parse(slaContentSchema, template.content);
}

/** The template's guidance for a field, by concrete path ('definitions.mql.criteria.2') or field key. */
export function guidanceFor(template: Pick<SlaTemplate, 'guidance'>, path: string): string | undefined {
  const key = fieldKeyOf(path);
  return Object.hasOwn(template.guidance, key) ? template.guidance[key] : undefined;
}
