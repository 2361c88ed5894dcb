import type { ShapeSchema } from './validate';

/** Migrates the data of one version to the next: `migrations[n]` takes version n − 1 to n. */
export type Migration = (data: unknown) => unknown;

/**
 * A versioned data shape: stored as an envelope `{ v, data }`, read back through its numbered
 * migrations and its schema. Versions only go up. Workbook areas and share links are both this.
 */
export interface VersionedShape<T> {
  /** The shape's name: the area in the export file and the UI ('settings', 'funnel', …). */
  name: string;
  /** The current version of the data's shape. */
  version: number;
  /** Validates (and fills defaults into) data of the current version, through `validate`. */
  schema: ShapeSchema<T>;
  /** A fresh value: what a first visit, a reset or an unreadable value gets. */
  defaults: () => T;
  /** `migrations[n]` upgrades version n − 1 to n; every version from 2 to `version` has one. */
  migrations: Readonly<Record<number, Migration>>;
}

/** Every key the workbook stores in localStorage starts with this. */
export const WORKBOOK_KEY_PREFIX = 'pw:';

/** One area of the workbook (settings, calculators, funnel, …), under its own storage key. */
export interface AreaDefinition<T> extends VersionedShape<T> {
  /** The localStorage key. */
  key: string;
}

export interface Envelope {
  v: number;
  data: unknown;
}

export function defineArea<T, D extends VersionedShape<T>>(definition: D & VersionedShape<T>): D {
  for (let v = 2; v <= definition.version; v++) {
    if (!definition.migrations[v]) throw new Error(`${definition.name}: no migration to v${v}`);
  }
  return definition;
}

export function envelope<T>(area: VersionedShape<T>, data: T): Envelope {
  return { v: area.version, data };
}
