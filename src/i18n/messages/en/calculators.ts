/** The KPI calculators and their index. English: the source every other locale is typed against. */
export const calculators = {
  'calculators.title': 'KPI calculators',
  'calculators.lead':
    'Compute the figures sales and marketing are measured by, see the formula with your own numbers, and learn what each one tells you.',
  'calc.inputs': 'Your numbers',
  'calc.results': 'Results',
  'calc.formula': 'Formula',
  'calc.withYourNumbers': 'With your numbers',
  'calc.meaning': 'What it tells you',
  'calc.rulesOfThumb': 'Rules of thumb',
  'calc.ruleOfThumbNote':
    'Rules of thumb are common starting points, not targets: compare with your own history and your industry.',
  'calc.source': 'Often cited: {source}',
  'calc.guide': 'Read about this KPI in the guide',
  'calc.related': 'Other {team} calculators',
  'calc.resetDone': 'The calculator is back to its example figures.',
  'calc.examples':
    'These are example figures, not yours. Type your own over them, or clear them all to start from empty fields.',
  'calc.clearExamples': 'Clear the examples',
  'calc.examplesCleared': 'The example figures are cleared.',
  'calc.resultBar': 'Result',
  'calc.currencyNote': 'Money is shown in {currency}.',
  'calc.changeCurrency': 'Change',
  'calc.marginsDiffer':
    'The two averages differ because the lines are of different sizes: total profit ÷ total revenue weights each line by its revenue; the mean of the margins counts every line the same.',
  'calc.marginsSame': 'Both averages agree here.',
  'calc.team.marketing': 'Marketing',
  'calc.team.sales': 'Sales',
  'calc.team.shared': 'Shared',
  'calc.teamHeading.marketing': 'Marketing KPIs',
  'calc.teamHeading.sales': 'Sales KPIs',
  'calc.teamHeading.shared': 'Shared KPIs',
  'calc.filter': 'Filter calculators by name',
  'calc.filterPlaceholder': 'e.g. CAC, churn, pipeline',
  'calc.filterCount.one': '{n} of {total} calculator',
  'calc.filterCount.other': '{n} of {total} calculators',
  'calc.filterNone': 'No calculator matches “{query}”.',
};
