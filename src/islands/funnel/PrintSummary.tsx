import { moneyFractionDigits, type FormatOptions } from '../../lib/format';
import { formatTyped, parseTyped, punctuation, type TypedKind } from '../../lib/format-typed';
import type { Scenario } from '../../lib/funnel/scenario';
import type { Currency } from '../../lib/settings';
import { Heading } from '../kit/Heading';
import { Fragment, type ComponentChildren } from 'preact';
import { useI18n } from '../kit/i18n';
import { PrintableText, richText, usePrintable } from '../kit/PrintableText';

/**
 * The inputs as plain text for paper, where the form itself is hidden. Each value is read the
 * way the planner reads it and formatted like the figures beside it ("1250000" → "$1,250,000");
 * what is not a number is printed as typed, so the printout still shows what was entered.
 * `always` shows it on screen too (the plan packet).
 */
export function PrintSummary({ scenario, currency, always = false }: { scenario: Scenario; currency: Currency; always?: boolean }) {
  const { t, lang } = useI18n();
  const { inline } = usePrintable();
  const p = punctuation(lang);
  // The money inputs are one set of related figures: they share their decimals.
  const moneyInputs = [
    scenario.target,
    scenario.dealSize,
    scenario.dealSizeLow,
    scenario.dealSizeHigh,
    scenario.cpl,
    scenario.budgetPerMonth,
    ...scenario.channels.map((c) => c.cpl),
  ].flatMap((raw) => {
    const value = parseTyped(raw, 'money');
    return value === null ? [] : [value];
  });
  const options = { locale: lang, currency, moneyDigits: moneyFractionDigits(moneyInputs, currency) } satisfies FormatOptions;
  const typed = (kind: TypedKind) => (raw: string) => formatTyped(raw, kind, options);
  const pct = typed('percent');
  const money = typed('money');
  const num = typed('number');
  const range = (likely: string, low: string, high: string, unit: (raw: string) => string) =>
    low || high ? `${unit(likely)}${p.open}${unit(low || likely)} … ${unit(high || likely)}${p.close}` : unit(likely);
  const entries: [ComponentChildren, ComponentChildren][] = [
    [t('funnel.target'), money(scenario.target)],
    [t('funnel.dealSize'), range(scenario.dealSize, scenario.dealSizeLow, scenario.dealSizeHigh, money)],
    [t('funnel.months'), scenario.months.trim() === '' ? '' : `${num(scenario.months)} ${t('unit.months')}`],
    ...scenario.steps.map((step, i): [ComponentChildren, ComponentChildren] => [
      richText(t, 'funnel.step', { from: inline(scenario.stages[i] ?? '', 'name'), to: inline(scenario.stages[i + 1] ?? '', 'name') }),
      `${range(step.rate, step.rateLow, step.rateHigh, pct)}${p.semicolon}${t('funnel.step.lag')} ${num(step.lagDays)} ${t('unit.days')}`,
    ]),
    scenario.budgetMode === 'cpl'
      ? [t('funnel.cpl'), money(scenario.cpl)]
      : [
          t('funnel.channels'),
          scenario.channels.map((c, i) => (
            <Fragment key={i}>
              {i > 0 && p.semicolon}
              {inline(c.name, 'name')}
              {`${p.open}${t(`funnel.channel.${c.kind}`)}${p.close}${p.colon}${pct(c.share)}${p.comma}${money(c.cpl)}`}
            </Fragment>
          )),
        ],
    scenario.forwardMode === 'leads'
      ? [t('funnel.leadsPerMonth'), num(scenario.leadsPerMonth)]
      : [t('funnel.budgetPerMonth'), money(scenario.budgetPerMonth)],
    [t('funnel.reps'), num(scenario.reps)],
    [t('funnel.attemptsPerLead'), num(scenario.attemptsPerLead)],
    [t('funnel.minutesPerAttempt'), num(scenario.minutesPerAttempt)],
    [t('funnel.hoursPerRep'), num(scenario.hoursPerRepPerMonth)],
    ...(scenario.leadsInHand.length > 0
      ? [
          [
            t('funnel.section.inHand'),
            scenario.leadsInHand.map((r) => `${r.month.trim()}${p.colon}${num(r.leads)}`).join(p.semicolon),
          ] as [ComponentChildren, ComponentChildren],
        ]
      : []),
    // The seed is an identifier, not a quantity: as typed, without grouping.
    [t('funnel.seed'), scenario.seed.trim()],
  ];

  return (
    <section class={always ? 'print-summary' : 'print-only print-summary'}>
      <Heading>
        {t('funnel.printInputs')}
        {p.colon}
        {scenario.name.trim() ? <PrintableText text={scenario.name.trim()} kind="name" /> : t('funnel.scenario.untitled')}
      </Heading>
      <dl>
        {entries.map(([label, value], i) => (
          <div key={i}>
            <dt>{label}</dt>
            <dd>{value === '' || (Array.isArray(value) && value.length === 0) ? '—' : value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
