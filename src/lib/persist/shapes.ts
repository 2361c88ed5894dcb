import * as v from 'valibot';

/**
 * Valibot building blocks for the workbook's stored shapes. Valibot's own `object` and `record`
 * take any non-null object, arrays included, so `[]` would read as settings with every default
 * and `["a"]` as a record `{ 0: "a" }`. Stored data is checked as strictly as it was under zod:
 * these refuse anything that is not an object (a record: a plain object) before reading keys.
 */

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

const isPlainObject = (value: unknown) =>
  isObject(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

const notAnObject = (issue: v.CustomIssue) => `Invalid type: Expected Object but received ${issue.received}`;

/** An object with known fields; unknown keys are dropped, as valibot's `object` does. */
export function object<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(v.custom<v.InferInput<v.ObjectSchema<E, undefined>>>(isObject, notAnObject), v.object(entries));
}

/**
 * A record of keys to values, both checked. Valibot skips '__proto__', 'constructor' and
 * 'prototype' keys (zod kept the last two); stored data never has them, as safe-json drops them first.
 */
export function record<
  const K extends v.BaseSchema<string, string, v.BaseIssue<unknown>>,
  const V extends v.GenericSchema,
>(key: K, value: V) {
  return v.pipe(v.custom<v.InferInput<v.RecordSchema<K, V, undefined>>>(isPlainObject, notAnObject), v.record(key, value));
}

/**
 * The schema that gives a value its shape, under its default and pipes: the object whose
 * fields a path can name, the array whose element an index steps into.
 */
function shapeOf(schema: v.GenericSchema): v.GenericSchema {
  let inner = schema;
  for (;;) {
    if ('pipe' in inner) {
      const schemas = (inner.pipe as readonly v.GenericPipeItem[]).filter((item) => item.kind === 'schema');
      inner = schemas[schemas.length - 1] as v.GenericSchema;
    } else if (inner.type === 'optional') {
      inner = (inner as v.OptionalSchema<v.GenericSchema, v.Default<v.GenericSchema, undefined>>).wrapped;
    } else {
      return inner;
    }
  }
}

/** The fields of an object shape (through its default and pipes); undefined for any other shape. */
export function entriesOf(schema: v.GenericSchema): v.ObjectEntries | undefined {
  const shape = shapeOf(schema);
  return shape.type === 'object' ? (shape as v.ObjectSchema<v.ObjectEntries, undefined>).entries : undefined;
}

/** The element of a list shape (through its default and pipes); undefined for any other shape. */
export function itemOf(schema: v.GenericSchema): v.GenericSchema | undefined {
  const shape = shapeOf(schema);
  return shape.type === 'array' ? (shape as v.ArraySchema<v.GenericSchema, undefined>).item : undefined;
}
