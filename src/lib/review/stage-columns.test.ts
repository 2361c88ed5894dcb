import { describe, expect, it } from 'vitest';
import { monthField, stageColumns, stageIn } from './stage-columns';

const then = ['Lead', 'MQL', 'SQL', 'Opportunity', 'Won'];
const added = ['Lead', 'MQL', 'SQL', 'Opportunity', 'Proposal', 'Won'];
const removed = ['Lead', 'MQL', 'SQL', 'Won'];

describe('stageColumns', () => {
  it('is the stages now when every month was reported against them', () => {
    expect(stageColumns(added, [added, added])).toEqual(added);
  });
  it('keeps an added stage where the plan put it', () => {
    expect(stageColumns(added, [then])).toEqual(added);
  });
  it('keeps a removed stage a month reported, after the stage it followed then', () => {
    expect(stageColumns(removed, [then])).toEqual(['Lead', 'MQL', 'SQL', 'Opportunity', 'Won']);
    expect(stageColumns(['MQL', 'Won'], [then])).toEqual(then);
  });
  it('tells a repeated name apart by its turn', () => {
    expect(stageColumns(['A', 'B'], [['A', 'A', 'B']])).toEqual(['A', 'A', 'B']);
  });
});

describe('monthField', () => {
  it('finds a column in the month’s own stages by name', () => {
    // Won is column 5 now, and stage 4 of a month reported against five stages.
    expect(monthField('stages.5', added, then)).toBe('stages.4');
    expect(monthField('stages.3', added, then)).toBe('stages.3');
    expect(monthField('stages.5', added, added)).toBe('stages.5');
  });
  it('is null for a stage the month did not have', () => {
    expect(monthField('stages.4', added, then)).toBeNull();
  });
  it('leaves fields that are no stage as they are', () => {
    expect(monthField('revenue', added, then)).toBe('revenue');
    expect(monthField('sla.attempts', added, then)).toBe('sla.attempts');
  });
});

describe('stageIn', () => {
  it('finds a stage by name: Won is column 5 now and stage 4 then; Proposal was none', () => {
    expect(stageIn(added, 5, then)).toBe(4);
    expect(stageIn(added, 4, then)).toBe(-1);
    expect(stageIn(removed, 3, then)).toBe(4);
  });
  it('tells a repeated name apart by its turn', () => {
    expect(stageIn(['A', 'B', 'A'], 2, ['A', 'A', 'B'])).toBe(1);
    expect(stageIn(['A', 'B', 'A'], 1, ['A', 'A', 'B'])).toBe(2);
    expect(stageIn(['A', 'B'], 0, [' A ', 'B'])).toBe(0);
  });
});
