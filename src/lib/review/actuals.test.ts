import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NOTE_LENGTH, parseMonth, type Reading } from './actuals';
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

describe('a month is reported once anything is entered', () => {
  it.each([
    ['nothing', undefined, false],
    ['an empty entry', entry(), false],
    ['a note alone', entry({ note: 'Quiet month' }), false],
    ['one stage', entry({ stages: ['', '12'] }), true],
    ['revenue only', entry({ revenue: '0' }), true],
    ['an SLA measure only', entry({ sla: { handoverHours: '3' } }), true],
    ['text that is not a number', entry({ spend: 'abc' }), true],
  ])('%s: %s', (_, e, reported) => {
    expect(parseMonth(M, e, 4).reported).toBe(reported);
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
