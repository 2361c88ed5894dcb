/** The monthly review page: actuals against the plan and the SLA, the scorecard, the re-forecast. English: the source every other locale is typed against. */
export const review = {
  'review.title': 'Monthly review',
  'review.lead':
    'Hold the plan and the SLA against what happened: enter each month’s actuals, read one scorecard, see what to escalate, what is still needed and the odds of the target from here, and print the month’s review.',
  'review.homeLink': 'Review the month: actuals against the plan and the SLA',
  'review.funnelLink': 'Hold this plan against each month’s actuals in the monthly review',
  'review.slaLink': 'Score this agreement month by month in the monthly review',
  'review.planLink': 'The month’s review prints on its own page: the monthly review',
  'review.loading': 'Reading your workbook…',
  'review.untitled': 'Untitled',
  'review.notReported': 'Not reported',
  'review.notDue': 'Not yet due',

  // Problems of the review (the workbook's shared problem.* keys, for the review's own codes).
  'problem.tooLong': 'Longer than {max} characters. Nothing was cut: shorten it to {max} or fewer.',
  'problem.notReported': 'Not reported.',
  'problem.notMeasurable':
    'The agreement does not state this as a number, so it cannot be measured.',
  'problem.unusual': 'More than the stage above ({max}): allowed, but check it.',
  'problem.pasteColumns':
    'Row {row} of the pasted block has {found}, but the table has only {expected} from there to its end. Nothing was pasted.',
  'problem.pasteHeader':
    'The first row of the pasted block has words but no figures: the columns’ names, it seems. Copy the rows of figures without it, so each month’s figures land in its own row. Nothing was pasted.',
  'problem.pasteRows':
    'The pasted block has more rows than the table has months left from there ({max}). Nothing was pasted.',
  'problem.outOfReach':
    'No lead found now can close within the period: the remaining months’ leads should have arrived already.',
  'problem.nothingToReview': 'There is no plan to review against yet.',

  'review.setup.title': 'Before the first review',
  'review.setup.intro':
    'The review holds your actuals against a funnel plan that starts in a given month. Here is what is still missing.',
  'review.setup.done': 'Done:',
  'review.setup.todo': 'To do:',
  'review.setup.optional': 'Optional:',
  'review.setup.noPlan':
    'Make a funnel plan. The planner saves its example plan as soon as you change anything in it.',
  'review.setup.planProblem': 'The funnel plan cannot be computed: {problem}',
  'review.setup.plan': 'Funnel plan: {name}.',
  'review.setup.openPlanner': 'Open the funnel planner',
  'review.setup.noPeriod': 'Set the month the planning period starts.',
  'review.setup.period': 'The period starts in {month}.',
  'review.setup.openData': 'Set it on Your data',
  'review.setup.noDraft':
    'Start an SLA draft to score its commitments each month. Plan against actual works without one.',
  'review.setup.draft': 'An SLA draft is linked.',
  'review.setup.openSla': 'Open the SLA builder',

  'review.context.title': 'What this review is held against',
  'review.context.plan': 'Held against the plan {name}, {from} to {to}.',
  'review.context.sla': 'Commitments from the SLA draft {name}.',
  'review.context.openPlanner': 'Change the plan',
  'review.context.openSla': 'Change the agreement',
  'review.context.noSla':
    'No SLA draft yet: the scorecard needs one. Plan against actual works without it.',
  'review.context.notReported': 'Not reported yet: {months}.',
  'review.outside.before.one': '{n} month with figures or notes is before the plan’s period: {months}.',
  'review.outside.before.other': '{n} months with figures or notes are before the plan’s period: {months}.',
  'review.outside.after.one': '{n} month with figures or notes is after the plan’s period: {months}.',
  'review.outside.after.other': '{n} months with figures or notes are after the plan’s period: {months}.',
  'review.outside.show': 'Show what they hold',
  'review.outside.note': 'Notes',
  'review.outside.kept':
    'Their figures and notes stay stored as typed. To review them here, move the period start on Your data, or change the plan’s length in the funnel planner.',
  'review.outside.openData': 'Change the period start on Your data',
  'review.month.noCommitments':
    'No SLA draft now: this month has no commitments to score until there is one. Months already reported are scored against the commitments they were reported against.',

  'review.actuals.title': 'Actuals',
  'review.actuals.intro':
    'Enter what happened each month, as counts, money and shares. A blank cell is “not reported”, never zero. Each month keeps the plan that applied when its first figure was entered.',
  'review.actuals.noneDue': 'The period starts in {month}: no month is due yet.',
  'review.actuals.month': 'Month',
  'review.actuals.otherStages':
    'Reported against other stages than the plan has now: each figure stays under the stage it was entered for.',
  'review.actuals.noStage': 'Not a stage then',
  'review.actuals.cellLabel': '{field}, {month}',
  'review.actuals.monthRange': '{from} to {to}',
  'review.actuals.funnelCaption': 'Funnel, revenue and spend',
  'review.actuals.slaCaption': 'SLA measures',
  'review.actuals.pasteHint':
    'Paste a block of cells from a spreadsheet into any cell to fill it from there.',
  'review.actuals.slaHint':
    'Shares in percent of the month’s leads (for example 92 for grade A reached in time); hours and attempts as averages.',
  'review.field.stage': 'Stage {n}',
  'review.field.revenue': 'Revenue won',
  'review.field.spend': 'Marketing spend',
  'review.field.mqlsDelivered': 'MQLs handed to sales',
  'review.field.firstResponse': 'Grade {grade} reached in time',
  'review.field.attempts': 'Follow-up attempts per lead',
  'review.field.sqlAcceptance': 'MQLs accepted as SQL',
  'review.field.recycledHandled': 'Recycled leads handled by the rule',
  'review.field.handoverHours': 'Time to hand over',
  'review.unit.hours': '{n} h',

  'review.paste.title': 'Paste a block of cells',
  'review.paste.hint':
    'Copy cells from a spreadsheet (one month a row, the columns in the table’s order) and paste them here. They fill the table from the month and column you choose: a block may stop short of the end of its table, but not run past it.',
  'review.paste.label': 'Cells copied from a spreadsheet',
  'review.paste.month': 'First month',
  'review.paste.column': 'First column',
  'review.paste.apply': 'Put the cells in the table',
  'review.paste.done': 'Pasted {cells}, {from} to {to}.',
  'review.paste.commas':
    'Commas were read as decimal marks: {readings}. Check that this is what you meant.',
  'review.paste.reading': '{text} as {value}',
  'review.paste.undo': 'Undo this paste',
  'review.paste.undone': 'Paste undone: the cells hold what they held before it.',
  'review.cells.one': '{n} cell',
  'review.cells.other': '{n} cells',
  'review.columns.one': '{n} column',
  'review.columns.other': '{n} columns',
  'review.months.one': '{n} month',
  'review.months.other': '{n} months',

  'review.pipeline.offer':
    'Your pipeline analysis of {file} ({date}) has bookings for {months} of this period.',
  'review.pipeline.none':
    'Your pipeline analysis of {file} has no bookings in the months due so far.',
  'review.pipeline.fill': 'Fill won deals and revenue from it',
  'review.pipeline.otherCurrency':
    'Won deals only: the amounts in that file are in {file}, and the workbook plans in {workbook}, so its revenue is left for you to enter.',
  'review.pipeline.fillWon': 'Fill won deals from it',
  'review.pipeline.done': 'Filled {filled}. Kept as you entered them: {kept}.',

  'review.month.title': 'Review of {month}',
  'review.month.choose': 'Month to review',
  'review.month.notDue': 'This month has not begun yet: its actuals are not yet due.',
  'review.month.notReported':
    'Nothing is reported for this month yet: its figures show “not reported”.',
  'review.month.changed':
    'The plan has changed since this month’s actuals were first entered ({date}): {changes}. The month is still held against the plan that applied then.',
  'review.month.slaChanged':
    'The SLA has changed since this month’s actuals were first entered ({date}). The month is still held against the commitments that applied then.',
  'review.slaChange.item': '{what}: {then} then, {now} now',
  'review.slaChange.quoted': '“{text}”',
  'review.slaChange.blank': 'not stated',
  'review.slaChange.split.one': '{total} MQLs over {months} month',
  'review.slaChange.split.other': '{total} MQLs over {months} months',
  'review.slaField.mqlsPerMonth': 'MQLs a month',
  'review.slaField.mqlSplit': 'MQLs over the period, from the linked plan',
  'review.slaField.minMqlToSqlRate': 'Least share of MQLs accepted as SQL',
  'review.slaField.handoverHours': 'Hand-over time',
  'review.slaField.responseHours': 'First response to grade {grade} leads (hours)',
  'review.slaField.attempts': 'Follow-up attempts per lead',
  'review.slaField.recycling': 'Recycling rule',
  'review.change.stages': 'the stages',
  'review.change.counts': 'the monthly volumes',
  'review.change.revenue': 'the revenue',
  'review.change.spend': 'the spend',
  'review.change.costs': 'the unit costs',
  'review.change.rates': 'the conversion rates',
  'review.change.dealSize': 'the deal size',
  'review.change.sla': 'the SLA commitments',
  'review.print.button': 'Print this month’s review',
  'review.print.date': 'Printed {date}.',
  'review.print.heldAgainst': 'Held against the plan {name} as it stood on {date}: {target} from {from} to {to}.',
  'review.share.linkTitle': 'Share this review',
  'review.share.linkBody':
    'Whoever opens this link gets this review in their own browser: every month’s actuals, notes and actions, with the plan and the SLA draft they are held against. The link holds the review itself; nothing is uploaded.',
  'review.share.title': 'Open the shared review?',
  'review.share.body': 'This link holds the monthly review of the plan “{name}”. The plan opens as a new scenario beside yours.',
  'review.share.draft': 'It is scored against the SLA draft “{name}”, which opens as a new draft beside yours.',
  'review.share.noDraft': 'It holds no SLA draft: its months will be scored against your SLA draft “{name}”.',
  'review.share.months': 'Months reported in it: {months}.',
  'review.share.noMonths': 'No month is reported in it yet.',
  'review.share.replaces': 'It takes the place of the review you have here; you can undo that right after opening it.',
  'review.share.period': 'The period then starts in {month}, as in the link (yours starts in {current}).',
  'review.share.open': 'Open the shared review',
  'review.share.cancel': 'Do not open it',
  'review.share.opened': 'Opened the shared review of “{name}”. Its plan and SLA draft were added beside yours.',
  'review.share.sharedPlan': 'Shared plan',
  'review.share.sharedDraft': 'Shared draft',

  'review.score.title': 'SLA scorecard, {month}',
  'review.score.empty': 'The SLA draft states no commitment that can be measured.',
  'review.score.commitment': 'Commitment',
  'review.score.target': 'Target',
  'review.score.actual': 'Actual',
  'review.score.variance': 'Variance',
  'review.score.variancePercent': 'Variance %',
  'review.score.status': 'Status',
  'review.score.owner': 'Owner',
  'review.score.counted': 'Counted: {months}.',
  'review.score.leftOut': 'Left out (not reported): {months}.',
  'review.score.notMeasurable': 'Not measurable: the agreement does not give it as a number.',
  'review.score.invalid': 'Check the figure entered: {problem}',
  'review.score.csv': 'Download the scorecard (CSV)',
  'review.status.onTrack': 'On track',
  'review.status.atRisk': 'At risk',
  'review.status.missed': 'Missed',
  'review.owner.marketing': 'Marketing',
  'review.owner.sales': 'Sales',
  'review.commitment.mqlVolume': 'MQLs delivered this month',
  'review.commitment.mqlVolumeCumulative': 'MQLs delivered so far (cumulative)',
  'review.commitment.handoverHours': 'Hand-over time',
  'review.commitment.sqlAcceptance': 'MQLs accepted as SQL',
  'review.commitment.firstResponse': 'Grade {grade} leads reached within {hours}',
  'review.commitment.firstResponseUnstated': 'Grade {grade} leads reached in time',
  'review.commitment.followUpAttempts': 'Follow-up attempts per lead',
  'review.commitment.recycledHandling': 'Recycled leads handled by the rule',
  'review.variance.noPlan': 'None planned',
  'review.thresholds.hint':
    'A commitment below the first share of its target is at risk; below the second it is missed. For hours, the target is divided by the actual.',
  'review.thresholds.atRisk': 'At risk below this share of the target',
  'review.thresholds.missed': 'Missed below this share of the target',

  'review.escalation.title': 'To escalate',
  'review.escalation.none':
    'Nothing to escalate: no commitment has been missed two months running.',
  'review.escalation.streak': 'missed {months} ({list}).',
  'review.monthsRunning.one': '{n} reported month running',
  'review.monthsRunning.other': '{n} reported months running',
  'review.escalation.step': 'Step {n} of the agreement’s escalation path: {text}',
  'review.escalation.noLadder':
    'The agreement names no escalation path: add one in the SLA builder.',
  'review.escalation.owner': 'Owner: {team}',
  'review.escalation.ownerNamed': 'Owner: {team}, {name}',
  'review.escalation.consequence': 'The agreement says: {text}',

  'review.pva.title': 'Plan against actual, {month}',
  'review.pva.figure': 'Figure',
  'review.pva.planned': 'Planned',
  'review.pva.actual': 'Actual',
  'review.pva.conversions': 'Conversion',
  'review.pva.step': 'Step',
  'review.pva.stepName': '{from} → {to}',
  'review.pva.sameMonth': 'This month',
  'review.pva.costs': 'Unit costs',
  'review.pva.cost': 'Cost',
  'review.pva.costPerLead': 'Cost per lead',
  'review.pva.costPerDeal': 'Cost per won deal',
  'review.pva.sameMonthHint':
    'Conversions and unit costs here compare the same month’s figures. Leads take time to move down the funnel, so in a month where volumes change they are only a guide.',
  'review.figure.zero': 'None to divide by',

  'review.charts.title': 'Plan against actual, month by month',
  'review.charts.intro':
    'Each stage and the revenue: the plan as pale bars, the actuals beside them, and the figures in a table.',
  'review.charts.label':
    '{figure}: planned and actual by month, {months} reported. The figures are in the table that follows.',

  'review.reforecast.title': 'Re-forecast from here',
  'review.reforecast.target': 'Revenue target',
  'review.reforecast.won': 'Won so far',
  'review.monthsCounted.one': 'from {n} month reported',
  'review.monthsCounted.other': 'from {n} months reported',
  'review.reforecast.gap': 'Still needed',
  'review.reforecast.reached': 'Target reached',
  'review.reforecast.perMonth': 'Needed per remaining month',
  'review.monthsRemaining.one': 'over {n} month',
  'review.monthsRemaining.other': 'over {n} months',
  'review.reforecast.noneRemain': 'No month of the period remains',
  'review.reforecast.leadsNeeded': 'New leads needed a month',
  'review.reforecast.budget': 'Budget for those leads',
  'review.reforecast.leadsSentence':
    'To close the gap, new leads must arrive from {from} over {months}: {leads} in all, {perMonth} a month against {planned} a month in the plan.',
  'review.reforecast.outOfReach':
    'Out of reach for new leads: {months}. Their leads should have arrived already; the ones that did should still bring about {revenue}.',
  'review.reforecast.reachActual':
    '{month}: its leads arrived in {leadMonth} ({leads} as entered) and should bring about {revenue}.',
  'review.reforecast.reachPlan':
    '{month}: its leads were due in {leadMonth}, before the period: the plan’s {leads} are counted and should bring about {revenue}.',

  'review.odds.title': 'Odds of the target from here',
  'review.odds.source': 'Rates to simulate with',
  'review.odds.plan': 'The planned ranges',
  'review.odds.measured': 'Blended with the actuals so far',
  'review.odds.blending':
    'Blending: each step’s planned rate counts as if it had been seen on {prior} leads, and the conversions you reported are added to it. So 3 of 10 against a planned 50% moves the rate to 49%, while 300 of 1,000 moves it to 33%: small samples widen the range a little, they do not overrule the plan. {trials} seeded trials, the revenue already won added to each.',
  'review.odds.running': 'Simulating the months that remain…',
  'review.odds.waiting': 'The odds appear here in a moment.',
  'review.odds.ready': '{trials} trials over the months that remain ({months}).',
  'review.odds.settled': 'No month remains to simulate: the total is what was won.',
  'review.odds.probability': 'Chance of reaching the target',
  'review.odds.p10': 'Period total, P10 (9 in 10 do better)',
  'review.odds.p50': 'Period total, P50 (median)',
  'review.odds.p90': 'Period total, P90 (1 in 10 does better)',
  'review.odds.history': 'How the odds moved',
  'review.odds.asOf': 'As of',
  'review.odds.wonSoFar': 'Won by then',
  'review.odds.planAlone': 'The plan alone',
  'review.odds.after': 'After {month}',
  'review.odds.counted':
    'Counted as reported: {months}. Every other month is simulated from the plan, as the months to come are.',
  'review.odds.noneCounted': 'No month is reported yet: every month is simulated from the plan.',
  'review.odds.historyPlans': 'Each row is simulated on the plan its month was reported against.',
  'review.odds.historyPlanNow':
    'Reported before the plan was kept in full, so on the plan now: {months}.',

  'review.notes.title': 'Notes and decisions, {month}',
  'review.notes.label': 'Notes for {month}',
  'review.notes.none': 'No notes.',
  'review.limit.upTo.one': 'Up to {n} character.',
  'review.limit.upTo.other': 'Up to {n} characters.',
  'review.limit.pasteRefused':
    'That paste is {pasted}: with the text already here it would make {after}, over the {max} allowed. Nothing was pasted; shorten it first.',
  'review.characters.one': '{n} character',
  'review.characters.other': '{n} characters',
  'review.actions.title': 'Actions',
  'review.actions.hint':
    'What was agreed, who does it and by when. Open actions carry forward to the next months until they are done.',
  'review.actions.text': 'Action',
  'review.actions.owner': 'Owner',
  'review.actions.due': 'Due',
  'review.actions.done': 'Done',
  'review.actions.textLabel': 'Action {n}',
  'review.actions.ownerLabel': 'Owner of action {n}',
  'review.actions.dueLabel': 'Due month of action {n}',
  'review.actions.doneLabel': 'Action {n} done',
  'review.actions.noDue': 'No due month',
  'review.actions.dueOn': 'due {month}',
  'review.actions.isDone': 'done',
  'review.actions.isOpen': 'open',
  'review.actions.isOverdue': 'overdue',
  'review.actions.none': 'No actions for this month.',
  'review.actions.carried': 'Carried from {month}',
  'review.actions.doneIn': 'Done in {month}',
  'review.actions.overdue': 'Overdue',
  'review.actions.add': 'Add an action',
  'review.actions.remove': 'Remove action {n}',
  'review.actions.removed': 'Action {n} removed.',
  'review.actuals.notDueRow': '{months}: not yet due',
  'review.unit.hoursShort': 'h',
  'review.unit.points': '{n} pp',
  'review.notes.overPrint':
    'The note is longer than {max} characters, so it is left out of the print until it is shortened.',
  'problem.otherCurrency':
    'This amount is in {sign}, but the workbook’s amounts are in {currency}. Enter it in {currency}: nothing is converted here.',
  'problem.pasteRagged':
    'Row {row} of the pasted block has {found}, but its first row has {cellsExpected}: every row of a block must have the same number of cells. Nothing was pasted.',
  'problem.targetReached':
    'None needed: the target is reached.',
  'problem.coveredByPipeline':
    'None needed: the leads already entered should bring what is still needed.',
  'review.paste.doneOne':
    'Pasted {cells} into {month}.',
  'review.paste.toCheck.one':
    '{n} of them needs checking: {cells}.',
  'review.paste.toCheck.other':
    '{n} of them need checking: {cells}.',
  'review.paste.cell':
    '{field} ({month})',
  'review.paste.more.one':
    '{n} more',
  'review.paste.more.other':
    '{n} more',
  'review.paste.kept':
    'The pasted text stays in the box until every cell reads: correct it there and put it in again, or correct the cells in the table.',
  'review.actuals.reading':
    'Read as {value}',
  'review.actuals.toFix.one':
    '{n} figure to fix',
  'review.actuals.toFix.other':
    '{n} figures to fix',
  'review.month.unreadable':
    'Figures are typed for this month, but none of them reads yet, so it is not reported: fix the marked cells in the actuals table.',
  'review.reforecast.reachMissing':
    '{month}: its leads were due in {leadMonth}, which has no lead count entered, so none are counted. Enter that month’s leads to count them.',
};
