/**
 * English UI strings: one flat dictionary of dotted keys. Components hold no prose;
 * every other locale must define exactly these keys (see dictionaries.test.ts).
 */
export const en = {
  'site.name': 'Planning Workbook',
  'site.tagline': 'Sales and marketing, planned together',
  'site.description':
    'A free workbook for sales and marketing teams: learn the difference, plan the funnel, agree the SLA and print the plan. Your data stays in your browser.',

  'skip.toMain': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.learn': 'Learn',
  'nav.calculators': 'Calculators',
  'nav.funnel': 'Funnel',
  'nav.sla': 'SLA',
  'nav.plan': 'Plan',
  'nav.data': 'Your data',
  'nav.glossary': 'Glossary',
  'lang.switch': '中文',
  'lang.switchLabel': '阅读简体中文版',

  'search.open': 'Search',
  'search.title': 'Search the workbook',
  'search.label': 'Search guides, tools and terms',
  'search.placeholder': 'e.g. MQL, CAC, SLA',
  'search.close': 'Close',
  'search.loading': 'Loading search…',
  'search.empty': 'No pages match “{query}”.',
  'search.count': '{count} results',
  'search.unavailable': 'Search is not available in this copy of the site (the index is built with the site).',

  'footer.privacy':
    'Everything you enter stays in this browser. Nothing is sent anywhere unless you export a file or share a link yourself.',
  'footer.license': 'Free and open source.',
  'footer.yourData': 'Manage your data',

  'home.title': 'Sales and marketing, planned together',
  'home.lead':
    'A free workbook for teams who sell: learn how sales and marketing differ, turn a revenue target into leads and budget, and agree a service-level agreement both teams can keep.',
  'home.learn.title': 'Learn',
  'home.learn.body':
    'Short guides on sales versus marketing, the 4P and 7P, lead temperature, MQL and SQL, KPIs and the SLA, each with a quiz and a glossary at hand.',
  'home.learn.cta': 'Start the learning path',
  'home.plan.title': 'Plan',
  'home.plan.body':
    'Work back from a revenue target to the deals, opportunities, leads, budget and months it takes, with a range of outcomes and the odds of making it.',
  'home.plan.cta': 'Open the funnel planner',
  'home.plan.secondary': 'Or compute a single KPI',
  'home.agree.title': 'Agree',
  'home.agree.body':
    'Draft the sales–marketing SLA together: definitions, volumes from your plan, response times and what happens when either side misses. Print it and sign it.',
  'home.agree.cta': 'Build your SLA',
  'home.print.title': 'Take it into the meeting',
  'home.print.body':
    'The plan packet gathers your funnel, KPI targets, SLA and worksheets into one document that prints cleanly in either language.',
  'home.print.cta': 'Assemble the plan',
  'home.privacy.title': 'Private by design',
  'home.privacy.body':
    'There is no account and no server. Your work is saved in this browser; export it to a file to move it or keep a copy.',

  'learn.title': 'Learn',
  'learn.lead':
    'Read the guides in order, or jump to the one you need. Each ends with a short quiz; your progress is kept in this browser.',
  'glossary.title': 'Glossary',
  'glossary.lead': 'The terms sales and marketing teams use, in plain words.',
  'calculators.title': 'KPI calculators',
  'calculators.lead':
    'Compute the figures sales and marketing are measured by, see the formula with your own numbers, and learn what each one tells you.',
  'funnel.title': 'Funnel planner',
  'funnel.lead':
    'From a revenue target to the leads, budget and months it takes, with the range of outcomes and the odds of reaching it.',
  'sla.title': 'SLA builder',
  'sla.lead':
    'Marketing and sales draft their service-level agreement together: who delivers what, to whom, by when, and what happens when either side misses.',
  'plan.title': 'Plan packet',
  'plan.lead':
    'Assemble your funnel plan, KPI targets, SLA and worksheets into one document, ready to print or save as PDF.',
  'data.title': 'Your data',
  'data.lead':
    'Everything you enter is kept in this browser only. Export it to a file, bring it back, or clear it here.',
  'page.comingSoon': 'This part of the workbook is being built. The pages around it already work.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the home page',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
