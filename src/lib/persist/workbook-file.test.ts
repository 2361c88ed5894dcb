import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workbookAreas } from './areas';
import { buildWorkbookFile, MAX_IMPORT_BYTES, parseWorkbookFile } from './workbook-file';
import { defaultSettings } from '../settings';

const file = (name: string) => readFileSync(new URL(`../../../test/fixtures/files/${name}`, import.meta.url), 'utf8');
const parse = (text: string) => parseWorkbookFile(workbookAreas, text, new TextEncoder().encode(text).length);

describe('workbook export and import', () => {
  it('round-trips every area', () => {
    const data = {
      settings: { ...defaultSettings(), currency: 'CNY', companyName: '星河科技' },
      calculators: { cac: { fields: { salesSpend: '1' }, rows: {} } },
    };
    const text = buildWorkbookFile(workbookAreas, data, new Date('2026-11-22T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'planning-workbook', version: 1, exportedAt: '2026-11-22T10:00:00.000Z' });
    expect(parse(text)).toEqual({ ok: true, exportedAt: '2026-11-22T10:00:00.000Z', areas: data, migrated: [] });
  });

  it('carries a part written by a newer version as it is stored, never this version’s defaults in its place', () => {
    const newer = { v: 99, data: { scenarios: [{ name: 'Future plan' }] } };
    const text = buildWorkbookFile(workbookAreas, { settings: defaultSettings(), funnel: { scenarios: [] } }, new Date('2026-11-22T10:00:00Z'), {
      funnel: newer,
    });
    expect(JSON.parse(text).funnel).toEqual(newer);
    expect(JSON.parse(text).settings).toEqual({ v: 2, data: defaultSettings() });
    // Read back here, such a file is refused whole, as any file from a newer version.
    expect(parse(text)).toEqual({ ok: false, error: { code: 'newerVersion', area: 'funnel' } });
  });

  it('migrates older areas inside a file', () => {
    const result = parse(file('workbook.v1.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.areas.settings).toEqual({ ...defaultSettings(), currency: 'EUR', companyName: 'Northwind' });
    expect(result.migrated).toEqual(['settings']);
    expect(Object.keys(result.areas)).toEqual(['settings', 'calculators', 'learning']);
  });

  it.each([
    ['not-json.json', { code: 'notJson' }],
    ['not-workbook.json', { code: 'notWorkbook' }],
    ['newer.json', { code: 'newerVersion' }],
  ])('refuses %s with its own reason', (name, error) => {
    expect(parse(file(name))).toEqual({ ok: false, error });
  });

  it('names the area and the fields that are invalid, without the validator’s English', () => {
    expect(parse(file('invalid-fields.json'))).toEqual({
      ok: false,
      error: { code: 'invalid', area: 'settings', fields: ['currency', 'companyName'] },
    });
  });

  it('names each invalid field once, by its place in the part', () => {
    const text = JSON.stringify({
      format: 'planning-workbook',
      version: 1,
      calculators: { v: 1, data: { cac: { fields: { salesSpend: 1, marketingSpend: 2 }, rows: {} } } },
    });
    expect(parse(text)).toEqual({
      ok: false,
      error: { code: 'invalid', area: 'calculators', fields: ['cac.fields.salesSpend', 'cac.fields.marketingSpend'] },
    });
  });

  it('refuses a part that is not a stored part at all, naming no fields', () => {
    const text = JSON.stringify({ format: 'planning-workbook', version: 1, settings: null });
    expect(parse(text)).toEqual({ ok: false, error: { code: 'invalid', area: 'settings', fields: [] } });
  });

  it('tells a workbook file with no parts from a file of another app', () => {
    const text = JSON.stringify({ format: 'planning-workbook', version: 1, exportedAt: '2026-11-22T10:00:00.000Z' });
    expect(parse(text)).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('reads no export date from a file whose date is not one', () => {
    const settings = { v: 2, data: { ...defaultSettings(), companyName: 'X' } };
    for (const exportedAt of ['yesterday', 42, '2026-13-45']) {
      const result = parse(JSON.stringify({ format: 'planning-workbook', version: 1, exportedAt, settings }));
      expect(result).toMatchObject({ ok: true, exportedAt: null });
    }
  });

  it('refuses an area from a newer version inside a current file', () => {
    const text = JSON.stringify({ format: 'planning-workbook', version: 1, settings: { v: 3, data: {} } });
    expect(parse(text)).toEqual({ ok: false, error: { code: 'newerVersion', area: 'settings' } });
  });

  it('refuses a file over 5 MB before reading it', () => {
    expect(parseWorkbookFile(workbookAreas, '{}', MAX_IMPORT_BYTES + 1)).toEqual({
      ok: false,
      error: { code: 'tooLarge', bytes: MAX_IMPORT_BYTES + 1 },
    });
  });

  it('keeps hostile text as text and drops prototype keys', () => {
    const result = parse(file('hostile.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.areas.settings).toMatchObject({ companyName: '<img src=x onerror=alert(1)>' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
