/**
 * Content entries have ids "<locale>/<slug>". Returns, for each locale, the slugs that some
 * other locale has and it lacks: an empty object means every locale has every entry.
 */
export function missingTranslations(
  ids: readonly string[],
  locales: readonly string[],
): Record<string, string[]> {
  const slugsByLocale = new Map<string, Set<string>>(locales.map((locale) => [locale, new Set()]));
  const allSlugs = new Set<string>();
  for (const id of ids) {
    const slash = id.indexOf('/');
    const locale = id.slice(0, slash);
    const slug = id.slice(slash + 1);
    slugsByLocale.get(locale)?.add(slug);
    allSlugs.add(slug);
  }
  const missing: Record<string, string[]> = {};
  for (const [locale, slugs] of slugsByLocale) {
    const lacking = [...allSlugs].filter((slug) => !slugs.has(slug)).sort();
    if (lacking.length) missing[locale] = lacking;
  }
  return missing;
}
