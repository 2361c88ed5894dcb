import { getAt } from '../../lib/sla/content-path';
import { emptySlaContent, slaSectionIds, type SlaSectionId } from '../../lib/sla/draft';
import { slaFields, type SlaFieldSpec } from '../../lib/sla/fields';

/**
 * How slaFields become the form: per section, single fields in order, and the fields of a list
 * of rows (personas, sign-off) gathered into one rows editor at the place of their first field.
 */
export type FormItem =
  | { kind: 'field'; spec: SlaFieldSpec }
  | { kind: 'rows'; listPath: string; specs: SlaFieldSpec[] };

const empty = emptySlaContent();

/** The list of rows a field belongs to ('icp.personas.name' → 'icp.personas'), if any. */
function rowsListOf(key: string): string | null {
  const segments = key.split('.');
  for (let i = 1; i < segments.length; i++) {
    const prefix = segments.slice(0, i).join('.');
    if (Array.isArray(getAt(empty, prefix))) return prefix;
  }
  return null;
}

function itemsOf(section: SlaSectionId): FormItem[] {
  const items: FormItem[] = [];
  for (const spec of slaFields.filter((field) => field.section === section)) {
    const listPath = rowsListOf(spec.key);
    if (!listPath) {
      items.push({ kind: 'field', spec });
      continue;
    }
    const group = items.find((item): item is Extract<FormItem, { kind: 'rows' }> => item.kind === 'rows' && item.listPath === listPath);
    if (group) group.specs.push(spec);
    else items.push({ kind: 'rows', listPath, specs: [spec] });
  }
  return items;
}

export const formLayout: ReadonlyArray<{ section: SlaSectionId; items: FormItem[] }> = slaSectionIds.map((section) => ({
  section,
  items: itemsOf(section),
}));

/** The last segment of a field key: the column of a row ('icp.personas.name' → 'name'). */
export const columnOf = (key: string) => key.slice(key.lastIndexOf('.') + 1);
