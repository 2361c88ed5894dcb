import type { APIRoute } from 'astro';
import { htmlLang, localePath, localeStaticPaths, useTranslations, type Locale } from '../../i18n';

export const getStaticPaths = localeStaticPaths;

/** The web app manifest of a locale: installed from a Polish page, the app opens in Polish. */
export const GET: APIRoute = ({ props }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = useTranslations(locale);
  const manifest = {
    name: t('site.name'),
    short_name: t('site.name'),
    description: t('site.description'),
    lang: htmlLang[locale],
    dir: 'ltr',
    start_url: localePath(locale),
    scope: '/',
    id: localePath(locale),
    display: 'standalone',
    background_color: '#f8f8f6',
    theme_color: '#1d5ba6',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
