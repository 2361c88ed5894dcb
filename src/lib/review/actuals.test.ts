import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH, parseMonth, readingOf, unreadableCells, type Reading } from './actuals';
import { entry } from './test-review';

const M = '2027-01';

describe('parseMonth reads each figure on its own', () => {
  it.each([
    // stage count as typed → reading
    ['1200', { ok: true, value: 1200 }],
    ['1 200', { ok: true, value: 1200 }],
    ['1,200', { ok: true, value: 1200 }],
    [' 42 ', { ok: true, value: 42 }],
    ['0', { ok: true, value: 0 }], // 0 entered is 0; only blank is "not reported"
    ['', { ok: false, problem: { code: 'notReported', field: 'stages.0', month: M } }],
    ['   ', { ok: false, problem: { code: 'notReported', field: 'stages.0', month: M } }],
    ['abc', { ok: false, problem: { code: 'notANumber', field: 'stages.0', month: M } }],
    [
      '-5',
      { ok: false, problem: { code: 'negative', field: 'stages.0', month: M, min: 0, max: 1e15 } },
    ],
    ['12.5', { ok: false, problem: { code: 'notWhole', field: 'stages.0', month: M } }],
    ['1e309', { ok: false, problem: { code: 'tooLarge', field: 'stages.0', month: M } }],
  ] as [string, Reading][])('a lead count of %j reads as %j', (raw, reading) => {
    expect(parseMonth(M, entry({ stages: [raw] }), 2).stages[0]).toEqual(reading);
  });

  it('reads money with decimal commas and shares with or without %', () => {
    const month = parseMonth(
      M,
      entry({
        revenue: '1 234,5',
        spend: '1.234,50',
        sla: { sqlAcceptance: '27,5%', attempts: '5,5' },
      }),
      2,
    );
    expect(month.revenue).toEqual({ ok: true, value: 1234.5 });
    expect(month.spend).toEqual({ ok: true, value: 1234.5 });
    expect(month.sla.sqlAcceptance).toEqual({ ok: true, value: 27.5 });
    expect(month.sla.attempts).toEqual({ ok: true, value: 5.5 });
  });

  it('refuses a share above 100 % and negative money', () => {
    const month = parseMonth(
      M,
      entry({ revenue: '-1', sla: { firstResponse: { a: '101', b: '', c: '', d: '' } } }),
      2,
    );
    expect(month.problems.map((p) => [p.field, p.code])).toEqual([
      ['revenue', 'negative'],
      ['sla.firstResponse.a', 'outOfRange'],
    ]);
  });

  it('lists input problems, never the blanks', () => {
    const month = parseMonth(M, entry({ stages: ['abc', '', '-3'] }), 3);
    expect(month.problems.map((p) => p.field)).toEqual(['stages.0', 'stages.2']);
  });
});

describe('a month is reported once a figure reads', () => {
  it.each([
    // what is entered → reported, entered
    ['nothing', undefined, false, false],
    ['an empty entry', entry(), false, false],
    ['a note alone', entry({ note: 'Quiet month' }), false, false],
    ['one stage', entry({ stages: ['', '12'] }), true, true],
    ['revenue only', entry({ revenue: '0' }), true, true],
    ['an SLA measure only', entry({ sla: { handoverHours: '3' } }), true, true],
    // Typed, but no figure: not reported (the month says what to fix), yet kept as the user's work.
    ['text that is not a number', entry({ revenue: 'abc' }), false, true],
    [
      'only bad figures',
      entry({ stages: ['1.5'], spend: '-3', sla: { sqlAcceptance: '140' } }),
      false,
      true,
    ],
    ['a bad figure beside a good one', entry({ stages: ['abc', '12'] }), true, true],
  ])('%s: reported %s, entered %s', (_, e, reported, entered) => {
    const month = parseMonth(M, e, 4);
    expect(month.reported).toBe(reported);
    expect(month.entered).toBe(entered);
  });

  it('says what is wrong with a month that holds only bad figures', () => {
    const month = parseMonth(M, entry({ revenue: 'abc' }), 4);
    expect(month.problems).toEqual([{ code: 'notANumber', field: 'revenue', month: M }]);
  });
});

describe("money in the workbook's currency", () => {
  it("reads the sign of the workbook's currency, and names another currency's", () => {
    const usd = parseMonth(M, entry({ revenue: '$384,000.00', spend: '€1,000' }), 2, 'USD');
    expect(usd.revenue).toEqual({ ok: true, value: 384_000 });
    expect(usd.spend).toEqual({
      ok: false,
      problem: {
        code: 'otherCurrency',
        sign: '€',
        currencies: ['EUR'],
        expected: 'USD',
        field: 'spend',
        month: M,
      },
    });
    expect(usd.reported).toBe(true);
    const pln = parseMonth(M, entry({ revenue: '384 000,00 zł' }), 2, 'PLN');
    expect(pln.revenue).toEqual({ ok: true, value: 384_000 });
  });

  it('takes no currency sign in a count, and none at all when the currency is not known', () => {
    const month = parseMonth(M, entry({ stages: ['$5'], revenue: '$5' }), 2);
    expect(month.problems.map((p) => [p.field, p.code])).toEqual([
      ['stages.0', 'notANumber'],
      ['revenue', 'notANumber'],
    ]);
    expect(parseMonth(M, entry({ stages: ['$5'] }), 2, 'USD').stages[0]).toMatchObject({
      ok: false,
    });
  });

  it('reads 1.000 leads as a thousand', () => {
    expect(parseMonth(M, entry({ stages: ['1.000', '1.500'] }), 2).stages).toEqual([
      { ok: true, value: 1_000 },
      { ok: true, value: 1_500 },
    ]);
  });
});

describe('a later stage larger than an earlier one', () => {
  it('is allowed and marked unusual, against the nearest reported stage above', () => {
    const month = parseMonth(M, entry({ stages: ['100', '40', '50', '', '60'] }), 5);
    expect(month.problems).toEqual([]);
    expect(month.stages[2]).toEqual({ ok: true, value: 50 });
    // SQL 50 > MQL 40; then Won 60 > SQL 50 across the blank opportunity stage.
    expect(month.warnings).toEqual([
      { code: 'unusual', field: 'stages.2', month: M, max: 40 },
      { code: 'unusual', field: 'stages.4', month: M, max: 50 },
    ]);
  });

  it('is not unusual when equal', () => {
    expect(parseMonth(M, entry({ stages: ['10', '10'] }), 2).warnings).toEqual([]);
  });
});

describe('notes', () => {
  it('keeps a 10,000-character note whole and flags it as too long', () => {
    const note = 'n'.repeat(10_000);
    const e = entry({ note });
    const month = parseMonth(M, e, 2);
    expect(month.problems).toEqual([
      { code: 'tooLong', field: 'note', month: M, max: MAX_NOTE_LENGTH },
    ]);
    expect(e.note).toHaveLength(10_000);
  });

  it.each([
    ['2,000 Chinese characters', '字'.repeat(2_000), false],
    ['2,001 characters', 'x'.repeat(2_001), true],
    ['2,000 emoji (4,000 UTF-16 units)', '📈'.repeat(2_000), false],
  ])('%s: too long %s', (_, note, tooLong) => {
    expect(parseMonth(M, entry({ note }), 2).problems.some((p) => p.code === 'tooLong')).toBe(
      tooLong,
    );
  });
});

describe('never NaN or Infinity', () => {
  it('gives a finite number or a reason for any text in any field', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 6, maxLength: 6 }),
        fc.string(),
        (stages, raw) => {
          const month = parseMonth(
            M,
            entry({ stages, revenue: raw, spend: raw, sla: { attempts: raw, handoverHours: raw } }),
            6,
          );
          const readings = [
            ...month.stages,
            month.revenue,
            month.spend,
            month.sla.attempts,
            month.sla.handoverHours,
          ];
          for (const reading of readings) {
            if (reading.ok) expect(Number.isFinite(reading.value)).toBe(true);
            else expect(typeof reading.problem.code).toBe('string');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('unreadableCells: the cells of a paste to check', () => {
  it('lists the cells whose text is no figure, with their month and field, and never a blank', () => {
    const cells = [
      { month: '2025-05', field: 'stages.0', text: '300' },
      { month: '2025-05', field: 'stages.1', text: '' },
      { month: '2025-05', field: 'revenue', text: '€1,000' },
      { month: '2025-05', field: 'spend', text: 'n/a' },
      { month: '2025-06', field: 'sla.sqlAcceptance', text: '140' },
    ] as const;
    expect(unreadableCells(cells, 'USD')).toEqual([
      {
        code: 'otherCurrency',
        sign: '€',
        currencies: ['EUR'],
        expected: 'USD',
        field: 'revenue',
        month: '2025-05',
      },
      { code: 'notANumber', field: 'spend', month: '2025-05' },
      { code: 'outOfRange', field: 'sla.sqlAcceptance', month: '2025-06', min: 0, max: 100 },
    ]);
    expect(
      unreadableCells([{ month: '2025-05', field: 'revenue', text: '$1,000' }], 'USD'),
    ).toEqual([]);
  });
});

describe('readingOf: one field of a parsed month', () => {
  it('finds each column of the table', () => {
    const month = parseMonth(
      M,
      entry({
        stages: ['1.000'],
        revenue: '5',
        spend: 'x',
        sla: { attempts: '2,5', firstResponse: { a: '', b: '90', c: '', d: '' } },
      }),
      2,
    );
    expect(readingOf(month, 'stages.0')).toEqual({ ok: true, value: 1000 });
    expect(readingOf(month, 'revenue')).toEqual({ ok: true, value: 5 });
    expect(readingOf(month, 'spend')).toMatchObject({ ok: false, problem: { code: 'notANumber' } });
    expect(readingOf(month, 'sla.attempts')).toEqual({ ok: true, value: 2.5 });
    expect(readingOf(month, 'sla.firstResponse.b')).toEqual({ ok: true, value: 90 });
    expect(readingOf(month, 'stages.5')).toMatchObject({
      ok: false,
      problem: { code: 'notReported' },
    });
  });
});
