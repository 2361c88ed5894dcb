import { describe, expect, it } from 'vitest';
import { punctuation } from '../../i18n/punctuation';
import { uniqueHeaders } from './column-names';
import { guessMapping, normaliseHeader, stageNamed } from './columns';

describe('guessMapping', () => {
  it('maps a Salesforce opportunity export', () => {
    const headers = ['Opportunity ID', 'Opportunity Name', 'Account Name', 'Stage', 'Amount', 'Close Date', 'Created Date', 'Opportunity Owner', 'Lead Source', 'Product'];
    expect(guessMapping(headers)).toEqual({ id: 0, name: 1, account: 2, stage: 3, amount: 4, closed: 5, created: 6, owner: 7, source: 8, product: 9 });
  });

  it('maps a HubSpot deals export', () => {
    const headers = ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Create Date', 'Deal owner', 'Pipeline'];
    expect(guessMapping(headers)).toEqual({ id: 0, name: 1, stage: 2, amount: 3, closed: 4, created: 5, owner: 6 });
  });

  it('maps a Pipedrive export, whose close dates are the won and lost times', () => {
    const headers = ['Deal - ID', 'Deal - Title', 'Deal - Status', 'Deal - Value', 'Deal - Currency', 'Deal - Deal created', 'Deal - Won time', 'Deal - Lost time', 'Deal - Owner', 'Deal - Source'];
    expect(guessMapping(headers)).toEqual({ id: 0, name: 1, stage: 2, amount: 3, currency: 4, created: 5, wonAt: 6, lostAt: 7, owner: 8, source: 9 });
  });

  it('maps a Chinese CRM export', () => {
    const headers = ['商机名称', '客户名称', '销售阶段', '金额', '创建时间', '结单日期', '负责人', '产品线', '线索来源'];
    expect(guessMapping(headers)).toEqual({ name: 0, account: 1, stage: 2, amount: 3, created: 4, closed: 5, owner: 6, product: 7, source: 8 });
  });

  it('maps a sheet whose close value and sales agent are named as in the Kaggle CRM sample', () => {
    expect(guessMapping(['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date', 'close_date', 'close_value'])).toEqual({
      id: 0, owner: 1, product: 2, account: 3, stage: 4, created: 5, closed: 6, amount: 7,
    });
  });

  it('lists every column named like a stage or status, for the values to decide between', () => {
    expect(stageNamed(['Deal - ID', 'Deal - Stage', 'Deal - Status', 'Deal - Owner', ''])).toEqual([1, 2]);
    expect(stageNamed(['Amount'])).toEqual([]);
  });

  it('maps a column that says at which stage a lost deal was lost, by its whole name only', () => {
    expect(guessMapping(['Stage', 'Amount', 'Last Stage'])).toEqual({ stage: 0, amount: 1, lostStage: 2 });
    expect(guessMapping(['Deal Stage', 'Stage When Lost'])).toEqual({ stage: 0, lostStage: 1 });
    expect(guessMapping(['销售阶段', '输单阶段'])).toEqual({ stage: 0, lostStage: 1 });
    // Salesforce's date of the last stage change is no stage.
    expect(guessMapping(['Stage', 'Last Stage Change Date'])).toEqual({ stage: 0 });
  });

  it('leaves a role empty when no column fits, and gives a column one role only', () => {
    expect(guessMapping(['Foo', 'Bar'])).toEqual({});
    expect(guessMapping(['Status', 'Status'])).toEqual({ stage: 0 });
  });
});

describe('headers', () => {
  it('normalise spaces, dashes and case', () => {
    expect(normaliseHeader(' Deal - Status ')).toBe('dealstatus');
    expect(normaliseHeader('Close_Date')).toBe('closedate');
    expect(normaliseHeader('销售 阶段')).toBe('销售阶段');
  });

  it('are made unique for display: repeats numbered, blanks named by position', () => {
    expect(uniqueHeaders(['Amount', 'Amount', '', 'Amount'], (n) => `Column ${n}`, punctuation('en'))).toEqual(['Amount', 'Amount (2)', 'Column 3', 'Amount (3)']);
    expect(uniqueHeaders(['金額', '金額', ''], (n) => `第 ${n} 欄`, punctuation('zh-TW'))).toEqual(['金額', '金額（2）', '第 3 欄']);
  });
});
