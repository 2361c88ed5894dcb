import { describe, expect, it } from 'vitest';
import { htmlLang, useTranslations, type Locale } from '../../i18n';
import { parseThresholds } from '../../lib/review/status';
import { mqlRate } from '../../lib/kpi/marketing';
import { profitMargins } from '../../lib/kpi/margin';
import { weightedPipeline } from '../../lib/kpi/pipeline';
import { churnRate, retentionRate } from '../../lib/kpi/shared';
import type { Outcome, Problem } from '../../lib/problem';
import { problemMessage } from './problem-message';

const problemOf = (outcome: Outcome<unknown>): Problem => {
  if (outcome.ok) throw new Error('expected a problem');
  return outcome.problem;
};

/** The sentence a page in `locale` shows, with the inputs named as their labels read. */
const say = (locale: Locale, problem: Problem, labels: Record<string, string>) =>
  problemMessage(
    useTranslations(locale),
    problem,
    labels[problem.field ?? ''] ?? '',
    (id) => labels[id ?? ''] ?? '',
    htmlLang[locale],
  );

describe('problemMessage for a contradiction', () => {
  it('says in English which figure is more than the other, with both as typed', () => {
    expect(
      say('en', problemOf(churnRate(200, 250)), {
        lost: 'Customers lost',
        start: 'Customers at start',
      }),
    ).toBe('Customers lost (250) cannot be more than Customers at start (200).');
    expect(
      say('en', problemOf(mqlRate(1200, 1500)), {
        mqls: 'Marketing qualified leads (MQLs)',
        leads: 'Leads',
      }),
    ).toBe('Marketing qualified leads (MQLs) (1,500) cannot be more than Leads (1,200).');
  });

  it('says in English which figure is less than the other, and which sum a figure is over', () => {
    const labels = { end: 'Customers at end', start: 'Customers at start', new: 'New customers' };
    // 20 at the end cannot include 30 new ones
    expect(say('en', problemOf(retentionRate(200, 20, 30)), labels)).toBe(
      'Customers at end (20) cannot be less than New customers (30).',
    );
    // 250 at the end, 30 of them new: 220 kept of 200 — at most 200 + 30 = 230
    expect(say('en', problemOf(retentionRate(200, 250, 30)), labels)).toBe(
      'Customers at end (250) cannot be more than Customers at start and New customers together (230).',
    );
  });

  it('says in English which list no longer holds the row a choice picked', () => {
    const problem = problemOf(
      weightedPipeline([{ id: 's1', probability: 50 }], [{ value: 1, stage: 'gone' }]),
    );
    expect(say('en', problem, { 'opportunities.0.stage': 'Stage, Row 1', stages: 'Stages' })).toBe(
      'Stage, Row 1: the one chosen is no longer in Stages. Choose again.',
    );
  });

  it('says it in Polish, with the figures grouped and decimals written the Polish way', () => {
    const lines = [
      { revenue: 50_000, profit: 5_000 },
      { revenue: 30_000, profit: 40_000 },
    ];
    expect(
      say('pl', problemOf(profitMargins(lines)), {
        'lines.1.profit': 'Zysk, wiersz 2',
        'lines.1.revenue': 'Przychód, wiersz 2',
      }),
    ).toBe(
      'Wartość „Zysk, wiersz 2” (40\u00a0000) nie może przekraczać wartości „Przychód, wiersz 2” (30\u00a0000).',
    );
    const thresholds = parseThresholds({ atRisk: '80', missed: '92.5' }).problems[0] as Problem;
    expect(
      say('pl', thresholds, {
        'thresholds.missed': 'Niedotrzymane poniżej tej części celu',
        'thresholds.atRisk': 'Zagrożone poniżej tej części celu',
      }),
    ).toBe(
      'Wartość „Niedotrzymane poniżej tej części celu” (92,5) nie może przekraczać wartości „Zagrożone poniżej tej części celu” (80).',
    );
  });

  it('says the other relations in Polish', () => {
    const labels = {
      end: 'Klienci na koniec okresu',
      start: 'Klienci na początku okresu',
      new: 'Nowi klienci',
    };
    expect(say('pl', problemOf(retentionRate(200, 20, 30)), labels)).toBe(
      'Wartość „Klienci na koniec okresu” (20) nie może być mniejsza niż wartość „Nowi klienci” (30).',
    );
    // The dictionary keeps the one-letter "i" on the line of the word after it (a no-break space).
    expect(say('pl', problemOf(retentionRate(200, 250, 30)), labels)).toBe(
      'Wartość „Klienci na koniec okresu” (250) nie może przekraczać sumy wartości „Klienci na początku okresu” i\u00a0„Nowi klienci” (230).',
    );
  });

  it('says it in Chinese', () => {
    const labels = { end: '期末客户数', start: '期初客户数', new: '新客户数' };
    expect(say('zh-cn', problemOf(retentionRate(2000, 2500, 300)), labels)).toBe(
      '期末客户数（2,500）不能大于期初客户数与新客户数之和（2,300）。',
    );
    expect(
      say('zh-tw', problemOf(churnRate(200, 250)), { lost: '流失客戶數', start: '期初客戶數' }),
    ).toBe('流失客戶數（250）不能大於期初客戶數（200）。');
  });
});

describe('problemMessage for other problems', () => {
  it('is the message of its code, with the field named', () => {
    expect(say('en', { code: 'zeroDenominator', field: 'leads' }, { leads: 'Leads' })).toBe(
      'Leads must be more than zero.',
    );
    expect(say('pl', { code: 'outOfRange', field: 'x', min: 0, max: 100 }, {})).toBe(
      'Podaj liczbę od 0 do 100.',
    );
  });
});
