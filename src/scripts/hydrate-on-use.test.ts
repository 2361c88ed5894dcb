import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawnDiffers, isToolKey } from './hydrate-on-use';

describe('which stored keys start a waiting tool', () => {
  it('a tool that names its areas starts for those areas and the copies kept beside them', () => {
    const calculator = ['calculators', 'settings'];
    expect(isToolKey('pw:calculators', calculator)).toBe(true);
    expect(isToolKey('pw:settings', calculator)).toBe(true);
    // A value set aside as unreadable: the tool must start to say so.
    expect(isToolKey('pw:calculators:corrupt', calculator)).toBe(true);
    // Guides read, a funnel planned: nothing a calculator shows.
    expect(isToolKey('pw:learning', calculator)).toBe(false);
    expect(isToolKey('pw:funnel', calculator)).toBe(false);
    // Same start, another area.
    expect(isToolKey('pw:settingsX', calculator)).toBe(false);
  });

  it('a tool that names none starts for any workbook key, and never for keys not the workbook’s', () => {
    expect(isToolKey('pw:learning', undefined)).toBe(true);
    expect(isToolKey('pw:tracking', undefined)).toBe(true);
    expect(isToolKey('pw-probe', undefined)).toBe(false);
    expect(isToolKey('theme', ['settings'])).toBe(false);
    expect(isToolKey(null, undefined)).toBe(false);
  });
});

describe('whether a stored area differs from what the server drew of it', () => {
  const stored = (data: unknown) => JSON.stringify({ v: 1, data });
  const calculator = { cac: null };
  const currency = { currency: 'USD' };
  const quiz = { 'quizzes.sla': null };

  it('another calculator’s inputs or a company name leave a calculator as drawn; its own inputs or another currency do not', () => {
    expect(drawnDiffers(stored({ roi: { fields: { gain: '5' } } }), calculator)).toBe(false);
    expect(drawnDiffers(stored({}), calculator)).toBe(false);
    expect(drawnDiffers(stored({ cac: { fields: {} } }), calculator)).toBe(true);
    expect(drawnDiffers(stored({ currency: 'USD', companyName: 'Acme' }), currency)).toBe(false);
    // Never chosen: the default the server drew.
    expect(drawnDiffers(stored({ companyName: 'Acme' }), currency)).toBe(false);
    expect(drawnDiffers(stored({ currency: 'EUR' }), currency)).toBe(true);
    // Not a currency at all: the tool starts to say the settings could not be read.
    expect(drawnDiffers(stored({ currency: 7 }), currency)).toBe(true);
  });

  it('follows a dotted path: guides read and another quiz answered leave a quiz as drawn', () => {
    expect(
      drawnDiffers(stored({ read: { sla: '2026-12-01T00:00:00.000Z' }, quizzes: {} }), quiz),
    ).toBe(false);
    expect(drawnDiffers(stored({ quizzes: { kpis: { answers: { q1: 'a' } } } }), quiz)).toBe(false);
    expect(drawnDiffers(stored({ quizzes: { sla: { answers: {} } } }), quiz)).toBe(true);
  });

  it('a value it cannot read as the area’s data differs, so the tool starts and says so', () => {
    expect(drawnDiffers('{not json', calculator)).toBe(true);
    expect(drawnDiffers('', calculator)).toBe(true);
    expect(drawnDiffers('null', calculator)).toBe(true);
    expect(drawnDiffers(JSON.stringify({ v: 1 }), calculator)).toBe(true);
    expect(drawnDiffers(stored(['cac']), calculator)).toBe(true);
    expect(drawnDiffers(stored({ quizzes: 'sla' }), quiz)).toBe(true);
    expect(drawnDiffers(stored({ quizzes: [] }), quiz)).toBe(true);
    // No answers at all where the store always keeps them: read by the tool, not guessed here.
    expect(drawnDiffers(stored({ read: {} }), quiz)).toBe(true);
  });
});

// ---- Each tool's `keys` against the areas its code reads when it starts ----

const SRC = resolve(import.meta.dirname, '..');

function astroFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? astroFiles(path) : name.endsWith('.astro') ? [path] : [];
  });
}

function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (path) => existsSync(path) && statSync(path).isFile(),
  );
}

/**
 * The workbook areas a module reads when it runs: the area definitions (src/lib/persist/areas)
 * reached through its static imports. `import()` is left out: it loads on demand (a share link
 * opened, a file imported), and `import type` is erased from the build.
 */
function areasRead(entry: string): string[] {
  const seen = new Set<string>();
  const areas = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [statement, specifier] of code.matchAll(
      /^\s*(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']+)'/gm,
    )) {
      if (/^\s*import\s+type\s/.test(statement)) continue;
      const path = resolveModule(file, specifier!);
      if (!path) continue;
      const area = /lib\/persist\/areas\/(\w+)\.ts$/.exec(path)?.[1];
      if (area) areas.add(area);
      walk(path);
    }
  };
  walk(entry);
  return [...areas].sort();
}

/** Every `client:use` island of the site: its component's file and the areas it names. */
function waitingTools() {
  return astroFiles(SRC).flatMap((page) => {
    const code = readFileSync(page, 'utf8');
    return [...code.matchAll(/<(\w+) client:use(?:=\{\{(.*?)\}\})?/g)].map(
      ([, component, options]) => {
        const from = new RegExp(`import ${component} from '([^']+)'`).exec(code)?.[1];
        const keys = /keys: \[([^\]]*)\]/.exec(options ?? '')?.[1];
        return {
          page: relative(SRC, page),
          component: component!,
          file: from ? resolveModule(page, from) : undefined,
          keys:
            keys === undefined
              ? undefined
              : [...keys.matchAll(/'(\w+)'/g)].map(([, key]) => key!).sort(),
        };
      },
    );
  });
}

describe('each waiting tool names the areas it shows', () => {
  const tools = waitingTools();

  it('finds the tools that wait for use', () => {
    expect(tools.map(({ component }) => component)).toEqual(
      expect.arrayContaining([
        'Quiz',
        'WorksheetIsland',
        'SharedCalculator',
        'SlaBuilder',
        'FunnelPlanner',
        'DataManager',
        'PlanPacket',
      ]),
    );
    for (const tool of tools) expect(tool.file, `${tool.page}: ${tool.component}`).toBeDefined();
  });

  it('names exactly the areas its code reads as it starts, or none when it reads most of them', () => {
    for (const tool of tools) {
      const read = areasRead(tool.file!);
      expect(read.length, `${tool.component} reads no area`).toBeGreaterThan(0);
      // A tool that names no areas starts for any: right for the data page and the packet, which show them all.
      if (tool.keys === undefined)
        expect(
          read.length,
          `${tool.component} (${tool.page}) should name ${read.join(', ')}`,
        ).toBeGreaterThanOrEqual(7);
      else expect(tool.keys, `${tool.component} (${tool.page})`).toEqual(read);
    }
  });
});
