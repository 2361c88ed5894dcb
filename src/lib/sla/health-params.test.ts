import { describe, expect, it } from 'vitest';
import { findingParams } from './health-params';

describe('a health finding’s figures as its message shows them', () => {
  it('groups and rounds the committed volume and the capacity in the page’s language', () => {
    // The funnel plan's capacity is 160 h × 60 ÷ (6 attempts × 15 min) = 106.67 MQLs a month.
    const params = { mqlsPerMonth: 133335, maxMqlsPerMonth: 106.66666666666667 };
    expect(findingParams(params, 'en')).toEqual({ mqlsPerMonth: '133,335', maxMqlsPerMonth: '106.7' });
    expect(findingParams(params, 'pl')).toEqual({ mqlsPerMonth: '133\u00a0335', maxMqlsPerMonth: '106,7' });
    expect(findingParams(params, 'zh-CN')).toEqual({ mqlsPerMonth: '133,335', maxMqlsPerMonth: '106.7' });
  });

  it('writes a measured share and a median with the language’s decimal mark, and a count of records grouped', () => {
    expect(findingParams({ committed: 25, measured: 18.2, records: 12000, file: 'deals 2025.csv' }, 'pl')).toEqual({
      committed: '25',
      measured: '18,2',
      records: '12\u00a0000',
      file: 'deals 2025.csv',
    });
    expect(findingParams({ attemptDays: 14, lostDays: 9.5, deals: 1234 }, 'en')).toEqual({ attemptDays: '14', lostDays: '9.5', deals: '1,234' });
  });

  it('joins a list the language’s way, and leaves text as it is', () => {
    expect(findingParams({ grades: ['B', 'D'], rows: [1, 2, 3] }, 'en')).toEqual({ grades: 'B and D', rows: '1, 2, and 3' });
    expect(findingParams({ rows: [2, 3] }, 'zh-CN')).toEqual({ rows: '2和3' });
    expect(findingParams({ reviewDate: '2025-01-01' }, 'pl')).toEqual({ reviewDate: '2025-01-01' });
  });
});
