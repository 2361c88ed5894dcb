import { describe, expect, it } from 'vitest';
import { slaContentIsBlank } from './blank';
import { emptySlaContent } from './draft';
import { setAt } from './content-path';

describe('slaContentIsBlank', () => {
  it('finds a new blank draft blank, spaces and empty list lines included', () => {
    expect(slaContentIsBlank(emptySlaContent())).toBe(true);
    expect(slaContentIsBlank(setAt(emptySlaContent(), 'parties.salesOwner', '   '))).toBe(true);
    expect(slaContentIsBlank({ ...emptySlaContent(), escalation: { steps: [''], whenMarketingMisses: '', whenSalesMisses: '' } })).toBe(true);
  });

  it('finds any one field filled in, however deep', () => {
    expect(slaContentIsBlank(setAt(emptySlaContent(), 'parties.salesOwner', 'VP Sales'))).toBe(false);
    expect(slaContentIsBlank(setAt(emptySlaContent(), 'grading.c.responseHours', '72'))).toBe(false);
    expect(slaContentIsBlank({ ...emptySlaContent(), escalation: { steps: ['Call the CRO'], whenMarketingMisses: '', whenSalesMisses: '' } })).toBe(false);
  });
});
