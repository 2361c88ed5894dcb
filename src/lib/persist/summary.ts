/**
 * What a workbook holds, in counts: for the import preview and the data page. Works on
 * validated area data; areas it does not know are summarised by size only.
 */
export interface AreaSummary {
  area: string;
  /** Counts by what they count ('calculators', 'scenarios', 'drafts', 'guidesRead', …). */
  counts: Record<string, number>;
  /** Names worth showing (scenario and draft names, the company). */
  names: string[];
}

type Loose = Record<string, unknown>;
const asObject = (value: unknown): Loose => (typeof value === 'object' && value !== null ? (value as Loose) : {});
const size = (value: unknown) => Object.keys(asObject(value)).length;
const list = (value: unknown): Loose[] => (Array.isArray(value) ? value.map(asObject) : []);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function summarizeArea(area: string, data: unknown): AreaSummary {
  const value = asObject(data);
  switch (area) {
    case 'settings':
      return { area, counts: {}, names: [text(value.companyName), text(value.currency)].filter(Boolean) };
    case 'calculators':
      return { area, counts: { calculators: size(value) }, names: Object.keys(value) };
    case 'worksheets': {
      const answers = Object.values(asObject(asObject(value.marketingMix).answers));
      return { area, counts: { answers: answers.filter((a) => text(a).trim() !== '').length }, names: [text(asObject(value.marketingMix).subject)].filter(Boolean) };
    }
    case 'learning':
      return {
        area,
        counts: {
          guidesRead: size(value.read),
          quizAnswers: Object.values(asObject(value.quizzes)).reduce<number>((n, quiz) => n + size(asObject(quiz).answers), 0),
        },
        names: [],
      };
    case 'funnel': {
      const scenarios = list(value.scenarios);
      return { area, counts: { scenarios: scenarios.length }, names: scenarios.map((s) => text(s.name)) };
    }
    case 'sla': {
      const drafts = list(value.drafts);
      return {
        area,
        counts: { drafts: drafts.length, versions: drafts.reduce((n, d) => n + list(d.versions).length, 0) },
        names: drafts.map((d) => text(d.name)),
      };
    }
    case 'plan':
      return { area, counts: { sections: Object.values(asObject(value.include)).filter((v) => v === true).length }, names: [] };
    case 'pipeline': {
      const measured = asObject(value.measured);
      const rows = asObject(measured.summary).rows;
      return { area, counts: typeof rows === 'number' ? { measuredRows: rows } : {}, names: [text(asObject(measured.file).name)].filter(Boolean) };
    }
    case 'tracking': {
      // A month is reported once any figure is entered; a note alone does not report it.
      const figures = (entry: Loose) => {
        const sla = asObject(entry.sla);
        return [
          ...(Array.isArray(entry.stages) ? entry.stages : []),
          entry.revenue,
          entry.spend,
          ...Object.entries(sla).flatMap(([key, value]) => (key === 'firstResponse' ? Object.values(asObject(value)) : [value])),
        ];
      };
      const reported = Object.values(asObject(value.months)).filter((entry) => figures(asObject(entry)).some((f) => text(f).trim() !== '')).length;
      return { area, counts: { reportedMonths: reported, actions: list(value.actions).length }, names: [] };
    }
    default:
      return { area, counts: {}, names: [] };
  }
}
