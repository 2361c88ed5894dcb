import { describe, expect, it } from 'vitest';
import { guessMapping } from './columns';
import { guessMeanings, guessOutcome, reachedStage, stageByValues } from './stages';

describe('guessOutcome', () => {
  it.each([
    ['Closed Won', 'won'],
    ['closedwon', 'won'],
    ['Won', 'won'],
    ['won', 'won'],
    ['赢单', 'won'],
    ['已成交', 'won'],
    ['贏單', 'won'],
    ['Wygrana', 'won'],
    ['Closed Lost', 'lost'],
    ['closedlost', 'lost'],
    ['lost', 'lost'],
    ['输单', 'lost'],
    ['丢单', 'lost'],
    ['Disqualified', 'lost'],
    ['Przegrana', 'lost'],
    ['Prospecting', 'open'],
    ['Negotiation/Review', 'open'],
    ['appointmentscheduled', 'open'],
    ['open', 'open'],
    ['商务谈判', 'open'],
    // The usual names of CRMs and spreadsheets, each still read as before.
    ['Closed-Lost to Competition', 'lost'],
    ['closed_won', 'won'],
    ['Contract Signed', 'won'],
    ['输单', 'lost'],
    ['輸單', 'lost'],
    ['丟單', 'lost'],
    ['已签约', 'won'],
    ['无效', 'lost'],
    ['無效', 'lost'],
    ['洽谈中', 'open'],
    ['Utracona', 'lost'],
    ['Wygrany', 'won'],
    ['W negocjacjach', 'open'],
  ] as const)('reads %s as %s', (value, outcome) => {
    expect(guessOutcome(value)).toBe(outcome);
  });

  describe('reads a negated outcome as its opposite, never as the word it negates', () => {
    it.each([
      // English: not, no, non, never, didn't, won't, …
      ['Not Won', 'lost'],
      ['Closed - Not Won', 'lost'],
      ['not_won', 'lost'],
      ['No Win', 'lost'],
      ['Non-won', 'lost'],
      ['Never won', 'lost'],
      ['Did not win', 'lost'],
      ['Not signed', 'lost'],
      ['Not Sold', 'lost'],
      ["Won't Proceed", 'lost'],
      ['Won’t proceed', 'lost'],
      ['Will not proceed', 'lost'],
      ['Not interested', 'lost'],
      ['Not Lost', 'open'],
      ['Not yet won', 'open'],
      ['Pending win', 'open'],
      // Chinese: 未, 不, 没/沒, 无/無, 非; "not yet" (尚未, 还没, 待) is still open.
      ['未成交', 'lost'],
      ['未赢单', 'lost'],
      ['未能成交', 'lost'],
      ['不成交', 'lost'],
      ['没成交', 'lost'],
      ['沒有成交', 'lost'],
      ['无成交', 'lost'],
      ['無法成交', 'lost'],
      ['非赢单', 'lost'],
      ['未贏單', 'lost'],
      ['未输单', 'open'],
      ['尚未成交', 'open'],
      ['还没成交', 'open'],
      ['待成交', 'open'],
      // Polish: nie, glued or apart.
      ['Nie wygrana', 'lost'],
      ['Niewygrana', 'lost'],
      ['niewygrany', 'lost'],
      ['Nie przegrana', 'open'],
      ['Jeszcze nie wygrana', 'open'],
    ] as const)('reads %s as %s', (value, outcome) => {
      expect(guessOutcome(value)).toBe(outcome);
    });
  });

  it.each([
    // A competitor out-sold the deal (Dynamics); a word that only starts like "win" or "won".
    ['Out-Sold', 'lost'],
    ['Winter campaign', 'open'],
    ['Wonderland Ltd', 'open'],
  ] as const)('reads %s as %s, by whole words', (value, outcome) => {
    expect(guessOutcome(value)).toBe(outcome);
  });
});

describe('stageByValues', () => {
  // A Pipedrive export: Stage holds the pipeline's stages, Status whether the deal is won, lost or open.
  const headers = ['Deal - ID', 'Deal - Title', 'Deal - Value', 'Deal - Currency', 'Deal - Stage', 'Deal - Status', 'Deal - Deal created', 'Deal - Won time', 'Deal - Lost time', 'Deal - Owner'];
  const rows = [
    ['1', 'A', '1000', 'USD', 'Negotiations Started', 'won', '2026-01-05', '2026-02-04', '', 'Ann'],
    ['2', 'B', '2000', 'USD', 'Proposal Made', 'lost', '2026-01-10', '', '2026-03-01', 'Ann'],
    ['3', 'C', '3000', 'USD', 'Qualified', 'open', '2026-01-15', '', '', 'Ann'],
  ];

  it('by the header alone, takes the column named Stage', () => {
    expect(guessMapping(headers).stage).toBe(4);
  });

  it('takes the column whose values say won or lost over one named like a stage whose values do not', () => {
    const mapping = stageByValues(guessMapping(headers), headers, rows);
    expect(mapping).toEqual({ id: 0, name: 1, amount: 2, currency: 3, stage: 5, created: 6, wonAt: 7, lostAt: 8, owner: 9 });
  });

  it('keeps the guess where its values say won or lost too, or where no other column does', () => {
    const both = rows.map((row) => row.map((field, i) => (i === 4 ? (row[5] === 'open' ? 'Qualified' : `Closed ${row[5]}`) : field)));
    expect(stageByValues(guessMapping(headers), headers, both).stage).toBe(4);
    const neither = rows.map((row) => row.map((field, i) => (i === 5 ? 'active' : field)));
    expect(stageByValues(guessMapping(headers), headers, neither).stage).toBe(4);
    expect(stageByValues(guessMapping(headers), headers, []).stage).toBe(4);
  });

  it('leaves a mapping without a stage column as it is', () => {
    expect(stageByValues({ amount: 0 }, ['Amount', 'Note'], [['1', 'won']])).toEqual({ amount: 0 });
  });
});

describe('guessMeanings', () => {
  it('guesses every value', () => {
    expect(guessMeanings([{ value: 'Closed Won', count: 3 }, { value: 'Qualification', count: 2 }])).toEqual({ 'Closed Won': 'won', Qualification: 'open' });
  });
});

describe('reachedStage', () => {
  it('puts won at the last stage, a placed open deal at its stage, a lost one at the stage it was lost at', () => {
    expect(reachedStage('won', 5)).toBe(4);
    expect(reachedStage({ stage: 2 }, 5)).toBe(2);
    expect(reachedStage({ stage: 9 }, 5)).toBe(4);
    expect(reachedStage('lost', 5, { stage: 3 })).toBe(3);
    // A lost deal never reached the last stage, which is won.
    expect(reachedStage('lost', 5, { stage: 4 })).toBe(3);
  });

  it('knows no stage for a lost deal whose file does not say where it stopped, nor for an open deal not placed', () => {
    expect(reachedStage('lost', 5)).toBeNull();
    expect(reachedStage('lost', 5, 'open')).toBeNull();
    expect(reachedStage('open', 5)).toBeNull();
  });
});
