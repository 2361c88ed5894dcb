import { describe, expect, it } from 'vitest';
import { pickMessages } from '../../i18n';
import { interpolate } from '../../i18n/interpolate';
import { defaultScenario } from '../../lib/funnel/scenario';
import type { MessageKey } from '../../i18n/messages/types';
import { describeProblem, FIELD_MESSAGES, fieldLabel } from './fields';

/** Every input of a plan that can have a problem, by the path parse-scenario names it with. */
const PATHS = [
  'steps.0.rate', 'steps.0.rateLow', 'steps.0.rateHigh', 'steps.0.lagDays',
  'channels', 'channels.1.share', 'channels.1.cpl',
  'leadsInHand.0.month', 'leadsInHand.0.leads',
  'target', 'dealSize', 'dealSizeLow', 'dealSizeHigh', 'months', 'cpl', 'leadsPerMonth', 'budgetPerMonth',
  'reps', 'hoursPerRepPerMonth', 'attemptsPerLead', 'minutesPerAttempt', 'seed',
];

describe('FIELD_MESSAGES', () => {
  // The review's setup names a broken plan's field with only these messages: every name and
  // sentence about a plan's field must come out whole from them, with no key left unread.
  const picked = pickMessages('pl', [...FIELD_MESSAGES, 'kit.', 'problem.']);
  const missing: string[] = [];
  const t = (key: MessageKey, vars?: Record<string, string | number>) => {
    const message = picked[key];
    if (message === undefined) missing.push(key);
    return interpolate(message ?? '', vars);
  };
  const scenario = defaultScenario('Plan', 's1');

  it('hold every message a plan field’s name reads, in Polish as in any language', () => {
    for (const path of PATHS) expect(fieldLabel(t, scenario, path, 'pl'), path).not.toBe('');
    expect(missing).toEqual([]);
  });

  it('name the field in a sentence about it, and the channel mix in its own', () => {
    expect(describeProblem(t, scenario, { code: 'empty', field: 'target' }, 'pl')).toBe('Cel przychodowy: Wpisz liczbę.');
    expect(describeProblem(t, scenario, { code: 'inconsistent', field: 'channels' }, 'pl')).toMatch(/100/);
    expect(missing).toEqual([]);
  });
});
