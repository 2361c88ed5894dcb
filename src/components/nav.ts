import type { MessageKey } from '../i18n';

/** The sections in the header, in order, with their route below the locale prefix. */
export const navSections = [
  { key: 'learn', route: 'learn/', label: 'nav.learn' },
  { key: 'calculators', route: 'calculators/', label: 'nav.calculators' },
  { key: 'funnel', route: 'funnel/', label: 'nav.funnel' },
  { key: 'sla', route: 'sla/', label: 'nav.sla' },
  { key: 'plan', route: 'plan/', label: 'nav.plan' },
  { key: 'data', route: 'data/', label: 'nav.data' },
] as const satisfies readonly { key: string; route: string; label: MessageKey }[];

export type Section = (typeof navSections)[number]['key'] | 'home' | 'glossary' | 'pipeline' | 'review';
