// Validates every content file against its schema and checks that each locale has every entry,
// so a missing field or a missing translation fails the tests as well as the build.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { locales } from '../../src/i18n/locales';
import { missingTranslations } from '../../src/lib/content-parity';
import { aliasesNamingOthers } from '../../src/lib/term-aliases';
import { guideSchema, guideSlugs } from '../../src/schemas/guide';
import { quizSchema } from '../../src/schemas/quiz';
import { glossarySchema } from '../../src/schemas/glossary';
import { kpiTextSchema } from '../../src/schemas/kpi';
import { slaTemplateSchema } from '../../src/schemas/sla-template';

const CONTENT = new URL('../../content/', import.meta.url).pathname;

function entries(collection: string, extension: string) {
  return locales.flatMap((locale) => {
    const dir = join(CONTENT, collection, locale);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(`.${extension}`))
      .map((name) => {
        const text = readFileSync(join(dir, name), 'utf8');
        const slug = name.slice(0, -extension.length - 1);
        const data =
          extension === 'mdx' ? parseYaml(text.split(/^---$/m)[1] ?? '') : parseYaml(text);
        return { id: `${locale}/${slug}`, locale, slug, data, text };
      });
  });
}

/** What these checks need of a content schema: zod's safeParse (Astro's content layer takes zod). */
interface ContentSchema {
  safeParse(data: unknown): { success: true } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

const collections: [string, string, ContentSchema][] = [
  ['guides', 'mdx', guideSchema],
  ['quizzes', 'yaml', quizSchema],
  ['glossary', 'yaml', glossarySchema],
  ['kpis', 'yaml', kpiTextSchema],
  ['sla-templates', 'yaml', slaTemplateSchema],
];

describe.each(collections)('content/%s', (collection, extension, schema) => {
  const all = entries(collection, extension);

  it('has every entry in every locale', () => {
    expect(missingTranslations(all.map((e) => e.id), locales)).toEqual({});
  });

  it('matches its schema in every file', () => {
    const invalid = all.flatMap((entry) => {
      const result = schema.safeParse(entry.data);
      return result.success ? [] : [`${entry.id}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    });
    expect(invalid).toEqual([]);
  });
});

describe('guides', () => {
  const guides = entries('guides', 'mdx');

  it.each(locales)('%s has exactly the guides of the learning path', (locale) => {
    const slugs = guides.filter((g) => g.locale === locale).map((g) => g.slug).sort();
    expect(slugs).toEqual([...guideSlugs].sort());
  });

  it('give each guide the same place on the path in every locale', () => {
    const order = (locale: string, slug: string) =>
      guides.find((g) => g.locale === locale && g.slug === slug)?.data.order;
    for (const slug of guideSlugs) {
      expect(order('zh-cn', slug), slug).toBe(order('en', slug));
    }
  });

  it('have a quiz each, in every locale', () => {
    const quizzes = new Set(entries('quizzes', 'yaml').map((q) => q.id));
    const missing = guides.filter((g) => !quizzes.has(g.id)).map((g) => g.id);
    expect(missing).toEqual([]);
  });

  it('link only to glossary terms that exist in their locale', () => {
    const terms = new Set(entries('glossary', 'yaml').map((t) => t.id));
    const broken = guides.flatMap((guide) =>
      [...guide.text.matchAll(/<Term\s+slug="([^"]+)"/g)]
        .map(([, slug]) => `${guide.locale}/${slug}`)
        .filter((id) => !terms.has(id))
        .map((id) => `${guide.id} → ${id}`),
    );
    expect(broken).toEqual([]);
  });
});

describe('quizzes', () => {
  it('ask the same questions with the same answer ids and the same right answer in every locale', () => {
    const quizzes = entries('quizzes', 'yaml');
    const shape = (data: unknown) =>
      quizSchema.parse(data).questions.map((q) => ({
        id: q.id,
        choices: q.choices.map((c) => `${c.id}${c.correct ? '*' : ''}`),
      }));
    for (const en of quizzes.filter((q) => q.locale === 'en')) {
      const zh = quizzes.find((q) => q.locale === 'zh-cn' && q.slug === en.slug);
      expect(zh && shape(zh.data), en.slug).toEqual(shape(en.data));
    }
  });
});

// The quiz puts its own verdict before an explanation ("Right." / "Not quite.", "答对了。", "Dobrze."):
// an explanation that opens with one as well reads "Right. Right. …" or "Nie do końca. Niezupełnie. …".
const VERDICTS: Record<string, RegExp> = {
  en: /^(Right|Correct|Not quite|No|Wrong)\.\s/,
  'zh-cn': /^(答对了|正确|不太对|不对|不完全对|错误|错)。/,
  'zh-tw': /^(答對了|正確|不太對|不對|不完全對|錯誤|錯)。/,
  pl: /^(Dobrze|Tak|Nie do końca|Niezupełnie|Nie|Źle)\.\s/,
};

describe('content/quizzes', () => {
  it('leaves the verdict to the quiz: no explanation opens with one', () => {
    const repeated = entries('quizzes', 'yaml').flatMap((entry) =>
      (entry.data as { questions: { id: string; choices: { id: string; explanation: string }[] }[] }).questions.flatMap((question) =>
        question.choices
          .filter((choice) => VERDICTS[entry.locale]!.test(choice.explanation))
          .map((choice) => `${entry.id} ${question.id}${choice.id}: ${choice.explanation.slice(0, 30)}`),
      ),
    );
    expect(repeated).toEqual([]);
  });
});

// Other names are per language (locales need not give the same ones, or as many), but each must
// be a name: written, not the term or its abbreviation again, given once, and naming one entry.
describe.each([
  ['glossary', glossarySchema, 'term'],
  ['kpis', kpiTextSchema, 'name'],
] as const)('aliases in content/%s', (collection, schema, nameField) => {
  const cac = entries(collection, 'yaml').find((entry) => entry.id === 'en/cac')!.data as Record<string, unknown>;
  const issues = (aliases: unknown) => {
    const result = schema.safeParse({ ...cac, aliases });
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
  };

  it('may be left out, or list other names', () => {
    const { aliases: _, ...withoutAliases } = cac;
    expect(schema.safeParse(withoutAliases).success).toBe(true);
    expect(issues(['cost to acquire a customer', 'acquisition cost'])).toEqual([]);
  });

  it.each([
    ['an empty alias', ['']],
    ['an alias of spaces', ['   ']],
    [`the ${nameField} again`, [String(cac[nameField]).toUpperCase()]],
    ['the abbreviation again', ['cac']],
  ])('reject %s', (_, aliases) => {
    expect(issues(aliases)).toEqual(['aliases.0']);
  });

  it('reject an alias given twice', () => {
    expect(issues(['acquisition cost', 'Acquisition cost'])).toEqual(['aliases.1']);
  });

  it.each(locales)('in %s name one entry each', (locale) => {
    const named = entries(collection, 'yaml')
      .filter((entry) => entry.locale === locale)
      .map((entry) => {
        const data = entry.data as { term?: string; name?: string; abbreviation?: string; aliases?: string[] };
        return { id: entry.id, name: (data.term ?? data.name)!, abbreviation: data.abbreviation, aliases: data.aliases ?? [] };
      });
    expect(aliasesNamingOthers(named)).toEqual([]);
  });
});
