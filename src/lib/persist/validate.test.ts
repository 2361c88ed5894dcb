import { describe, expect, it } from 'vitest';
import { validate } from './validate';
import { settingsSchema } from '../settings';
import { calculatorsSchema } from './areas/calculators';

describe('validate', () => {
  it('gives the data with its defaults filled in', () => {
    expect(validate(settingsSchema, { currency: 'EUR' })).toEqual({
      ok: true,
      data: { currency: 'EUR', companyName: '', preparedBy: '', periodStart: '' },
    });
  });

  it('names each issue by its dotted path', () => {
    const result = validate(calculatorsSchema, { cac: { fields: { spend: 1 }, rows: { deals: [{ id: '' }] } }, 'Bad Key': {} });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.slice(0, issue.indexOf(':')))).toEqual(['cac.fields.spend', 'cac.rows.deals.0', 'Bad Key']);
    expect(result.issues[1]).toBe('cac.rows.deals.0: a row needs an id');
  });

  it('says (root) when the value itself is wrong', () => {
    expect(validate(settingsSchema, 42)).toMatchObject({ ok: false, issues: [expect.stringMatching(/^\(root\): /)] });
  });
});
