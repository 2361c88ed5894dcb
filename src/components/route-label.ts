import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n';
import { guidesFor, kpiTextsFor } from './content';

/** A human name for a route below the locale prefix ('funnel/', 'calculators/cac/', 'learn/sla/'). */
export async function routeLabel(locale: Locale, route: string): Promise<string> {
  const t = useTranslations(locale);
  const [path = ''] = route.split('#');
  const [section, slug] = path.replace(/\/$/, '').split('/');
  if (section === 'calculators' && slug) {
    const kpi = (await kpiTextsFor(locale)).find((k) => k.slug === slug);
    if (!kpi) throw new Error(`No KPI text for ${locale}/${slug} (linked as ${route})`);
    return kpi.entry.data.name;
  }
  if (section === 'learn' && slug) {
    const guide = (await guidesFor(locale)).find((g) => g.slug === slug);
    if (!guide) throw new Error(`No guide ${locale}/${slug} (linked as ${route})`);
    return guide.entry.data.title;
  }
  const titles = {
    learn: t('learn.title'),
    glossary: t('glossary.title'),
    calculators: t('calculators.title'),
    funnel: t('funnel.title'),
    sla: t('sla.title'),
    plan: t('plan.title'),
    data: t('data.title'),
    pipeline: t('pipeline.title'),
    review: t('review.title'),
  } as Record<string, string>;
  const title = section ? titles[section] : undefined;
  if (!title) throw new Error(`No label for route ${route}`);
  return title;
}
