import { describe, expect, it } from 'vitest';
import { guessMeanings, guessOutcome, reachedStage } from './stages';

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
  ] as const)('reads %s as %s', (value, outcome) => {
    expect(guessOutcome(value)).toBe(outcome);
  });
});

describe('guessMeanings', () => {
  it('guesses every value', () => {
    expect(guessMeanings([{ value: 'Closed Won', count: 3 }, { value: 'Qualification', count: 2 }])).toEqual({ 'Closed Won': 'won', Qualification: 'open' });
  });
});

describe('reachedStage', () => {
  it('puts won at the last stage, a placed open deal at its stage, the rest at the first', () => {
    expect(reachedStage('won', 5)).toBe(4);
    expect(reachedStage({ stage: 2 }, 5)).toBe(2);
    expect(reachedStage({ stage: 9 }, 5)).toBe(4);
    expect(reachedStage('lost', 5)).toBe(0);
    expect(reachedStage('open', 5)).toBe(0);
  });
});
