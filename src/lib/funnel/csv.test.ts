import { describe, expect, it } from 'vitest';
import { csvDialect } from '../csv';
import { numberCell, textCell, timelineCsv } from './csv';
import { steps, testInput } from './test-input';
import { monthlyTimeline, type Timeline } from './timeline';

describe('textCell quotes per RFC 4180 and disarms formulas', () => {
  it.each([
    ['Lead', 'Lead'],
    ['潜在客户', '潜在客户'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['', ''],
  ])('%j → %j', (value, cell) => {
    expect(textCell(value)).toBe(cell);
  });
});

describe('numberCell', () => {
  it.each([
    [-2, '-2'],
    [-0, '0'],
    [1 / 3, '0.33'],
    [226.666666, '226.67'],
    [1_200_000, '1200000'],
    [Number.NaN, ''],
  ])('%d → %j', (value, cell) => {
    expect(numberCell(value)).toBe(cell);
  });
});

describe('timelineCsv', () => {
  // 12 deals, all rates 50 %, 6 months, lags pushing leads 4 months early (see timeline.test.ts).
  const result = monthlyTimeline(
    testInput({
      target: 120_000,
      dealSize: { likely: 10_000 },
      months: 6,
      steps: steps([0.5, 0.5, 0.5, 0.5], [10, 20, 40, 60]),
      leadsInHand: [{ month: -4, leads: 40 }],
    }),
  );
  const timeline = (result as { ok: true; value: Timeline }).value;

  it('writes localized headers, one line per month, CRLF line ends', () => {
    const csv = timelineCsv(timeline, {
      month: '月份',
      stages: ['线索', 'MQL', 'SQL', '商机', '成交'],
      revenue: '收入',
    });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('月份,线索,MQL,SQL,商机,成交,收入');
    expect(lines[1]).toBe('-4,32,16,0,0,0,0');
    expect(lines[5]).toBe('0,32,16,8,4,2,20000');
    expect(lines).toHaveLength(timeline.months.length + 2); // header, rows, and the empty string after the last CRLF
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes decimal commas and semicolons in a language whose spreadsheets expect them (Polish)', () => {
    const csv = timelineCsv(
      timeline,
      { month: 'Miesiąc', stages: ['Lead', 'MQL', 'SQL', 'Szansa; sprzedażowa', 'Wygrana'], revenue: 'Przychód' },
      csvDialect('pl'),
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Miesiąc;Lead;MQL;SQL;"Szansa; sprzedażowa";Wygrana;Przychód');
    expect(lines[5]).toBe('0;32;16;8;4;2;20000');
  });

  it('guards user-named stages and month names, and adds the leads in hand when labelled', () => {
    const csv = timelineCsv(timeline, {
      month: 'Month',
      stages: ['=cmd|calc', 'MQL', 'SQL, qualified', 'Opp', 'Won'],
      revenue: 'Revenue',
      leadsInHand: 'In hand',
      revenueFromLeadsInHand: 'From in hand',
      monthName: (m) => (m < 0 ? `-${-m} before` : `Month ${m + 1}`),
    });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      `Month,'=cmd|calc,MQL,"SQL, qualified",Opp,Won,Revenue,In hand,From in hand`,
    );
    expect(lines[1]).toBe("'-4 before,32,16,0,0,0,0,40,0");
    expect(lines[5]).toBe('Month 1,32,16,8,4,2,20000,0,25000');
  });

  it('writes revenue with the currency’s own decimals: three for the Bahraini dinar', () => {
    // 12 deals of 1,234.567 over 6 months, no lags: 2 deals a month, 2,469.134 a month.
    const bhd = monthlyTimeline(
      testInput({ target: 14_814.804, dealSize: { likely: 1234.567 }, months: 6, steps: steps([0.5, 0.5, 0.5, 0.5]) }),
    );
    const csv = timelineCsv((bhd as { ok: true; value: Timeline }).value, { month: 'Month', stages: ['Lead', 'MQL', 'SQL', 'Opp', 'Won'], revenue: 'Revenue' }, csvDialect('en'), 3);
    expect(csv.split('\r\n')[1]).toBe('0,32,16,8,4,2,2469.134');
  });
});
