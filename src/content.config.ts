import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide';
import { quizSchema } from './schemas/quiz';
import { glossarySchema } from './schemas/glossary';
import { kpiTextSchema } from './schemas/kpi';
import { slaTemplateSchema } from './schemas/sla-template';

// Every collection lives under ../content/<collection>/<locale>/, one file an entry; the entry id
// is "<locale>/<slug>". src/lib/content-parity.ts checks that each locale has every slug.
const perLocale = (collection: string, extension: string) =>
  glob({ pattern: `*/*.${extension}`, base: `./content/${collection}` });

export const collections = {
  guides: defineCollection({ loader: perLocale('guides', 'mdx'), schema: guideSchema }),
  quizzes: defineCollection({ loader: perLocale('quizzes', 'yaml'), schema: quizSchema }),
  glossary: defineCollection({ loader: perLocale('glossary', 'yaml'), schema: glossarySchema }),
  kpis: defineCollection({ loader: perLocale('kpis', 'yaml'), schema: kpiTextSchema }),
  slaTemplates: defineCollection({ loader: perLocale('sla-templates', 'yaml'), schema: slaTemplateSchema }),
};
