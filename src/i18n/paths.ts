import { defaultLocale, locales, type Locale } from './locales';

/** URL prefix of a locale: '' for the default, '/zh-cn' for the others. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** The site path of `route` (no leading slash, e.g. 'funnel/') in `locale`. */
export function localePath(locale: Locale, route = ''): string {
  const clean = route.replace(/^\/+/, '');
  return `${localePrefix(locale)}/${clean}`;
}

/** Splits a pathname into its locale and the route below the locale prefix. */
export function parsePath(pathname: string): { locale: Locale; route: string } {
  const trimmed = pathname.replace(/^\/+/, '');
  for (const locale of locales) {
    if (locale === defaultLocale) continue;
    if (trimmed === locale || trimmed.startsWith(`${locale}/`)) {
      return { locale, route: trimmed.slice(locale.length + 1) };
    }
  }
  return { locale: defaultLocale, route: trimmed };
}

/** The same page in another locale: slugs are shared, so only the prefix changes. */
export function switchLocalePath(pathname: string, target: Locale): string {
  return localePath(target, parsePath(pathname).route);
}

/** `getStaticPaths` entries for a page served in every locale from a `[...locale]` route. */
export function localeStaticPaths() {
  return locales.map((locale) => ({
    params: { locale: locale === defaultLocale ? undefined : locale },
    props: { locale },
  }));
}
