/** The home page. English: the source every other locale is typed against. */
export const home = {
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
};
