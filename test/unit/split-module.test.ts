import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSync } from 'vite';

/** The module's ESTree program, as the build's parser gives it. */
const parse = (code: string) => parseSync('module.mjs', code).program;
import * as real from 'valibot';
import { describe, expect, it } from 'vitest';
import { splitModule } from '../../integrations/split-module.mjs';

/** Splits `code` into files in a temporary folder and imports the facade, as a bundler would link them. */
async function importSplit(code: string) {
  const dir = mkdtempSync(join(tmpdir(), 'split-'));
  const split = splitModule(code, parse(code), (i: number) => `./part-${i}.mjs`);
  if (!split) return null;
  split.parts.forEach((part: string, i: number) => writeFileSync(join(dir, `part-${i}.mjs`), part));
  writeFileSync(join(dir, 'index.mjs'), split.facade);
  return { parts: split.parts as string[], module: await import(/* @vite-ignore */ pathToFileURL(join(dir, 'index.mjs')).href) };
}

describe('splitModule', () => {
  it('groups a binding with the functions that assign it, and a constant with what it reads', async () => {
    const code = [
      'let store;',
      'function set(v) { store = v; }',
      'function get() { return store; }',
      'function twice(x) { return x * 2; }',
      'const TWO = twice(1);',
      'function two() { return TWO; }',
      'export { set, get, two, twice as double };',
    ].join('\n');
    const split = await importSplit(code);
    // store+set | get | twice+TWO | two
    expect(split!.parts).toHaveLength(4);
    const m = split!.module;
    m.set(7);
    expect(m.get()).toBe(7);
    expect(m.two()).toBe(2);
    expect(m.double(4)).toBe(8);
  });

  it('leaves a module with statements run for their effects whole', () => {
    const code = 'const a = [];\na.push(1);\nexport { a };';
    expect(splitModule(code, parse(code), String)).toBeNull();
    const destructured = 'const { a } = { a: 1 };\nexport { a };';
    expect(splitModule(destructured, parse(destructured), String)).toBeNull();
  });

  describe('valibot, as the site ships it', async () => {
    const file = createRequire(import.meta.url).resolve('valibot').replace(/index\.cjs$/, 'index.mjs');
    const split = await importSplit(readFileSync(file, 'utf8'));
    const v = split!.module as typeof real;

    it('splits into many parts and keeps every export', () => {
      expect(split!.parts.length).toBeGreaterThan(100);
      expect(Object.keys(v).sort()).toEqual(Object.keys(real).sort());
      for (const name of Object.keys(real)) expect(typeof v[name as keyof typeof v], name).toBe(typeof real[name as keyof typeof real]);
    });

    it('validates as valibot does, issues and paths included', () => {
      const build = (lib: typeof real) =>
        lib.object({
          name: lib.pipe(lib.string(), lib.minLength(1), lib.maxLength(5)),
          n: lib.optional(lib.pipe(lib.number(), lib.finite(), lib.integer(), lib.minValue(0))),
          day: lib.pipe(lib.string(), lib.isoDate()),
          at: lib.pipe(lib.string(), lib.isoTimestamp()),
          kind: lib.picklist(['a', 'b']),
          tags: lib.array(lib.union([lib.literal('x'), lib.nullable(lib.boolean())])),
          map: lib.record(lib.string(), lib.pipe(lib.string(), lib.regex(/^\d+$/))),
          pick: lib.variant('k', [lib.object({ k: lib.literal(1) }), lib.object({ k: lib.literal(2), s: lib.string() })]),
          even: lib.pipe(lib.number(), lib.check((x) => x % 2 === 0, 'odd')),
        });
      const inputs = [
        { name: 'ok', n: 3, day: '2026-12-07', at: '2026-12-07T10:00:00Z', kind: 'a', tags: ['x', null, true], map: { a: '1' }, pick: { k: 2, s: 's' }, even: 4 },
        { name: '', n: -1.5, day: '2026-13-01', at: 'yesterday', kind: 'c', tags: ['y'], map: { a: 'one' }, pick: { k: 3 }, even: 3 },
        { name: 'toolongname', n: Infinity },
        null,
        'text',
      ];
      const shape = (r: real.SafeParseResult<ReturnType<typeof build>>) => ({
        success: r.success,
        output: r.output,
        issues: r.issues?.map((i) => ({ message: i.message, path: real.getDotPath(i), type: i.type })),
      });
      for (const input of inputs) expect(shape(v.safeParse(build(v), input))).toEqual(shape(real.safeParse(build(real), input)));
      expect(() => v.parse(build(v), null)).toThrow(v.ValiError);
    });

    it('keeps global configuration shared across the parts that set and read it', () => {
      v.setGlobalConfig({ abortEarly: true });
      expect(v.getGlobalConfig().abortEarly).toBe(true);
      const r = v.safeParse(v.object({ a: v.string(), b: v.string() }), { a: 1, b: 2 });
      expect(r.issues).toHaveLength(1);
      v.deleteGlobalConfig();
      expect(v.safeParse(v.object({ a: v.string(), b: v.string() }), { a: 1, b: 2 }).issues).toHaveLength(2);
    });
  });
});
