import * as v from 'valibot';

/** What a stored shape is checked with: a valibot schema that reads unknown data into `T`. */
export type ShapeSchema<T> = v.GenericSchema<unknown, T>;

export type Validated<T> = { ok: true; data: T } | { ok: false; issues: string[] };

/**
 * Checks data against a shape's schema, filling in defaults. Issues come back as
 * "path: message" ('(root)' for the value itself): the reasons storage, files and links give.
 */
export function validate<T>(schema: ShapeSchema<T>, data: unknown): Validated<T> {
  const result = v.safeParse(schema, data);
  if (result.success) return { ok: true, data: result.output };
  return { ok: false, issues: result.issues.map((issue) => `${v.getDotPath(issue) || '(root)'}: ${issue.message}`) };
}
