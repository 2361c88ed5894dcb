import { describe, expect, it } from 'vitest';
import { parseNumber } from '../number';
import { commaReadings, parsePaste, pasteUndo, splitCells } from './paste';
import { entry } from './test-review';

describe('splitCells', () => {
  it.each([
    [
      '1\t2\t3\n4\t5\t6\n',
      [
        ['1', '2', '3'],
        ['4', '5', '6'],
      ],
    ], // a copied block ends with a newline
    [
      '1\t2\r\n3\t4\r\n\r\n',
      [
        ['1', '2'],
        ['3', '4'],
      ],
    ], // Windows line ends, trailing blank line
    [
      '1\t2\r3\t4',
      [
        ['1', '2'],
        ['3', '4'],
      ],
    ], // old Mac line ends
    ['1\t\t3', [['1', '', '3']]], // a blank cell stays a blank cell ("not reported")
    [' 1 234,5 \t 12,5% ', [['1 234,5', '12,5%']]], // trimmed, otherwise as typed
    ['"two\nlines"\t2', [['two\nlines', '2']]], // a quoted cell may hold a newline
    ['"say ""hi"""\t2', [['say "hi"', '2']]],
    ['5" screen\t2', [['5" screen', '2']]], // a quote inside a cell is text
    ['"open\t2', [['"open', '2']]], // an unclosed quote is text
    ['', []],
    ['\n\n', []],
  ])('%j → %j', (text, rows) => {
    expect(splitCells(text)).toEqual(rows);
  });
});

describe('parsePaste', () => {
  it('returns the cells of a block that fits, as text the number parser reads', () => {
    const pasted = parsePaste('1 234,5\t12\n980\t9\n', { columns: 2, rows: 12 });
    expect(pasted).toEqual({
      ok: true,
      value: [
        ['1 234,5', '12'],
        ['980', '9'],
      ],
    });
    // Decimal commas and spaced groups are read where the cell is used.
    expect(parseNumber('1 234,5', { kind: 'money' })).toEqual({ ok: true, value: 1234.5 });
  });

  it('takes a block narrower than the rest of the table: it fills from the cell pasted into', () => {
    // Lead, MQL and SQL alone, pasted into Lead with 7 columns to the end of the table.
    expect(parsePaste('300\t80\t30\n320\t85\t35\n', { columns: 7, rows: 3 })).toEqual({
      ok: true,
      value: [
        ['300', '80', '30'],
        ['320', '85', '35'],
      ],
    });
    expect(parsePaste('96000', { columns: 2 })).toEqual({ ok: true, value: [['96000']] });
  });

  it('takes words where no row of the block has a figure, or where the first row has one', () => {
    // Nothing to tell names from: the cells go in, each marked to check.
    expect(parsePaste('n/a\tn/a\n', { columns: 7 })).toEqual({ ok: true, value: [['n/a', 'n/a']] });
    expect(parsePaste('abc\nxyz', { columns: 7 })).toEqual({ ok: true, value: [['abc'], ['xyz']] });
    // A first row with a figure in it is a month's row, whatever else it holds.
    expect(parsePaste('n/a\t80\n300\t85', { columns: 7 })).toEqual({
      ok: true,
      value: [
        ['n/a', '80'],
        ['300', '85'],
      ],
    });
    // A blank first row is not names.
    expect(parsePaste('\t\n300\t85', { columns: 7 })).toEqual({
      ok: true,
      value: [
        ['', ''],
        ['300', '85'],
      ],
    });
  });

  it.each([
    // text, shape → the problem: which row, how many cells found, how many expected
    [
      '1\t2\t3\n4\t5',
      { columns: 3 },
      { code: 'pasteRagged', field: 'paste', row: 2, column: 2, max: 3 },
    ],
    [
      '1\t2\t3\t4\n1\t2\t3\t4\n',
      { columns: 3 },
      { code: 'pasteColumns', field: 'paste', row: 1, column: 4, max: 3 },
    ],
    [
      '1\t2\t3\t4\n',
      { columns: 3 },
      { code: 'pasteColumns', field: 'paste', row: 1, column: 4, max: 3 },
    ],
    [
      '1\t2\n\n3\t4',
      { columns: 2 },
      { code: 'pasteRagged', field: 'paste', row: 2, column: 1, max: 2 },
    ], // a blank line inside
    [
      '1\t2\n\n3\t4',
      { columns: 7 },
      { code: 'pasteRagged', field: 'paste', row: 2, column: 1, max: 2 },
    ], // a blank line inside a narrow block
    ['1\n2\n3', { columns: 1, rows: 2 }, { code: 'pasteRows', field: 'paste', row: 3, max: 2 }],
    // Copied with the columns' names: each month's figures would land a row too low, and the
    // names over the first month's figures. Checked first: the names row is the cause.
    [
      'Lead\tMQL\tSQL\n300\t80\t30\n320\t85\t35\n',
      { columns: 7, rows: 2 },
      { code: 'pasteHeader', field: 'paste', row: 1 },
    ],
    [
      'Month\tLead\tMQL\tRevenue (USD)\nJanuary\t300\t80\t96000\n',
      { columns: 3 },
      { code: 'pasteHeader', field: 'paste', row: 1 },
    ],
    ['線索\n３００', { columns: 1 }, { code: 'pasteHeader', field: 'paste', row: 1 }],
    ['\n', { columns: 2 }, { code: 'empty', field: 'paste' }],
  ])('refuses %j in %j, saying where', (text, shape, problem) => {
    expect(parsePaste(text, shape)).toEqual({ ok: false, problem });
  });
});

describe('commaReadings', () => {
  it('lists the cells whose comma is read as a decimal mark, with the number read', () => {
    expect(
      commaReadings(
        [
          ['12,5', '1.234,5', '1,500'],
          ['1 234,56', '300', 'abc,d'],
        ],
        'en',
      ),
    ).toEqual([
      { text: '12,5', value: 12.5 },
      { text: '1.234,5', value: 1234.5 },
      { text: '1 234,56', value: 1234.56 },
    ]);
  });

  it('finds nothing in a block written with decimal points and comma grouping', () => {
    expect(commaReadings([['1,200,000', '12.5', '4,000']], 'en')).toEqual([]);
  });

  it('names each text once, however many cells of a year hold it', () => {
    const year = Array.from({ length: 12 }, (_, m) => [String(300 + m), '24 000,50']);
    expect(commaReadings(year, 'en')).toEqual([{ text: '24 000,50', value: 24000.5 }]);
  });

  it('lists nothing a reader of the page takes the same way: a Polish page reads commas as decimals already', () => {
    const block = [['95,5', '1.234,5', '24 000,50', '12,5']];
    expect(commaReadings(block, 'pl')).toEqual([]);
    expect(commaReadings(block, 'zh-TW')).toHaveLength(4);
  });
});

describe('pasteUndo', () => {
  const pasted = [
    { month: '2027-01', field: 'stages.0', text: '280', before: '300' },
    { month: '2027-01', field: 'stages.1', text: '70', before: '80' },
    { month: '2027-01', field: 'stages.2', text: '28', before: '' },
    { month: '2027-02', field: 'revenue', text: '5', before: '' },
  ] as const;

  it('puts back what each pasted cell held before it', () => {
    const months = {
      '2027-01': entry({ stages: ['280', '70', '28'] }),
      '2027-02': entry({ revenue: '5' }),
    };
    expect(pasteUndo(months, pasted)).toEqual([
      { month: '2027-01', field: 'stages.0', text: '300' },
      { month: '2027-01', field: 'stages.1', text: '80' },
      { month: '2027-01', field: 'stages.2', text: '' },
      { month: '2027-02', field: 'revenue', text: '' },
    ]);
  });

  it('keeps a cell typed since the paste, and a month cleared since', () => {
    const months = { '2027-01': entry({ stages: ['280', '71', '28'] }) };
    expect(pasteUndo(months, pasted)).toEqual([
      { month: '2027-01', field: 'stages.0', text: '300' },
      { month: '2027-01', field: 'stages.2', text: '' },
    ]);
  });
});
