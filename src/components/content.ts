/**
 * Build-time access to the content collections, per locale. Every collection must hold every
 * entry in every locale: a missing translation fails the build here.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { htmlLang, locales, type Locale } from '../i18n/locales';
import { missingTranslations } from '../lib/content-parity';
import { bindShortWordsIn } from '../i18n/typesetting';

const checked = new Set<CollectionKey>();

async function entriesOf<C extends CollectionKey>(collection: C, locale: Locale) {
  const all = await getCollection(collection);
  if (!checked.has(collection)) {
    const missing = missingTranslations(all.map((entry) => entry.id), locales);
    if (Object.keys(missing).length) {
      throw new Error(`content/${collection}: missing translations ${JSON.stringify(missing)}`);
    }
    checked.add(collection);
  }
  // Text is set as the language's typesetters set it (src/i18n/typesetting.ts); a guide's body is
  // set by the Markdown step (src/markdown/typesetting.mjs).
  return all
    .filter((entry) => entry.id.startsWith(`${locale}/`))
    .map((entry) => ({
      slug: entry.id.slice(locale.length + 1),
      entry: { ...entry, data: bindShortWordsIn(entry.data, locale) } as CollectionEntry<C>,
    }));
}

export async function guidesFor(locale: Locale) {
  const guides = await entriesOf('guides', locale);
  return guides.sort((a, b) => a.entry.data.order - b.entry.data.order);
}

export async function quizFor(locale: Locale, slug: string) {
  const quizzes = await entriesOf('quizzes', locale);
  return quizzes.find((quiz) => quiz.slug === slug)?.entry.data;
}

export async function glossaryFor(locale: Locale) {
  const terms = await entriesOf('glossary', locale);
  const collator = new Intl.Collator(htmlLang[locale]);
  return terms.sort((a, b) => collator.compare(a.entry.data.term, b.entry.data.term));
}

export async function kpiTextsFor(locale: Locale) {
  return entriesOf('kpis', locale);
}

export async function slaTemplatesFor(locale: Locale) {
  return entriesOf('slaTemplates', locale);
}
