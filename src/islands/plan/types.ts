/** The words the plan packet needs from content, picked on the server. */
export interface PacketText {
  /** KPI texts by id: name, formula in words, and labels. */
  kpis: Record<string, { name: string; formula: string; inputs: Record<string, { label: string }>; outputs: Record<string, string> }>;
  /** The glossary excerpt, in order. */
  glossary: { slug: string; term: string; abbreviation?: string | undefined; definition: string }[];
  /** Links to each tool, for the notes on empty parts. */
  links: Record<'calculators' | 'funnel' | 'pipeline' | 'sla' | 'review' | 'worksheet' | 'data', string>;
}
