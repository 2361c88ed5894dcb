import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArea, writeArea } from './read';
import { learningArea, settingsArea, worksheetsArea } from './areas';
import { defaultSettings } from '../settings';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/storage/${name}`, import.meta.url), 'utf8');

describe('readArea', () => {
  it('gives defaults for a key that is not there', () => {
    expect(readArea(settingsArea, null)).toEqual({ status: 'empty', data: defaultSettings() });
  });

  it('reads back what it wrote', () => {
    const data = { ...defaultSettings(), currency: 'JPY' as const, companyName: '東京商事' };
    expect(readArea(settingsArea, writeArea(settingsArea, data))).toEqual({ status: 'ok', data });
  });

  it('fills fields a stored value lacks with their defaults', () => {
    const result = readArea(settingsArea, '{"v":2,"data":{"currency":"GBP"}}');
    expect(result).toEqual({ status: 'ok', data: { ...defaultSettings(), currency: 'GBP' } });
  });

  it('reads a stored currency of no fixed list, in the same stored shape (v2)', () => {
    const result = readArea(settingsArea, '{"v":2,"data":{"currency":"KRW","companyName":"서울상사"}}');
    expect(result).toEqual({ status: 'ok', data: { ...defaultSettings(), currency: 'KRW', companyName: '서울상사' } });
  });

  it.each([
    ['truncated JSON', '{"v":2,"data":{"curr', 'notJson'],
    ['NaN', 'NaN', 'notJson'],
    ['an array', '[]', 'notEnvelope'],
    ['a bare object', '{"currency":"USD"}', 'notEnvelope'],
    ['version zero', '{"v":0,"data":{}}', 'notEnvelope'],
    ['a string version', '{"v":"2","data":{}}', 'notEnvelope'],
    ['wrong field types', '{"v":2,"data":{"currency":"USD","companyName":42}}', 'invalid'],
    ['a currency that is no ISO code', '{"v":2,"data":{"currency":"DOGE"}}', 'invalid'],
    ['a currency in lower case', '{"v":2,"data":{"currency":"krw"}}', 'invalid'],
    ['a v1 value that cannot migrate', '{"v":1,"data":[1,2]}', 'migrationFailed'],
  ])('treats %s as corrupt: defaults, raw kept', (_, raw, reason) => {
    expect(readArea(settingsArea, raw)).toEqual({ status: 'corrupt', data: defaultSettings(), raw, reason });
  });

  it('does not let {"__proto__": …} reach any prototype', () => {
    const raw = '{"v":2,"data":{"__proto__":{"x":1},"currency":"EUR","constructor":{"prototype":{"y":2}}}}';
    const result = readArea(settingsArea, raw);
    expect(result.status).toBe('ok');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).y).toBeUndefined();
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(Object.keys(result.data)).not.toContain('__proto__');
  });

  it('never overwrites a value from a newer version: it says so and keeps the raw text', () => {
    const raw = fixture('settings.v99.json');
    expect(readArea(settingsArea, raw)).toEqual({ status: 'newer', data: defaultSettings(), raw, version: 99 });
  });
});

describe('migrations, from stored files', () => {
  it('settings v1 → v2: company becomes companyName, the period is added', () => {
    expect(readArea(settingsArea, fixture('settings.v1.json'))).toEqual({
      status: 'ok',
      migratedFrom: 1,
      data: { currency: 'PLN', companyName: 'Kawa Sp. z o.o.', preparedBy: '', periodStart: '' },
    });
  });

  it('learning v1 → v2: the list of guides read becomes a record of when', () => {
    const result = readArea(learningArea, fixture('learning.v1.json'));
    expect(result).toEqual({
      status: 'ok',
      migratedFrom: 1,
      data: {
        read: { 'sales-vs-marketing': '1970-01-01T00:00:00.000Z', 'marketing-mix': '1970-01-01T00:00:00.000Z' },
        quizzes: { 'sales-vs-marketing': { answers: { q1: 'b' } } },
      },
    });
  });

  it('an area at version 1 needs no migration', () => {
    const raw = '{"v":1,"data":{"marketingMix":{"subject":"Beans","model":"4p"}}}';
    const result = readArea(worksheetsArea, raw);
    expect(result.status).toBe('ok');
    expect(result.data.marketingMix.answers.price).toBe('');
  });
});
