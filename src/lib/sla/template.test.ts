import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { parseNumber } from '../number';
import { slaTemplateSchema, type SlaTemplate } from '../../schemas/sla-template';
import { slaContentSchema } from './draft';
import { slaFields, slaFieldKeys } from './fields';
import { healthCheck } from './health';
import { fillTemplateMoney, guidanceFor, TEMPLATE_MONEY, templateToContent } from './template';

const ROOT = new URL('../../../content/sla-templates/', import.meta.url).pathname;
const locales = ['en', 'zh-cn', 'zh-tw', 'pl'] as const;
const slugs = ['b2b-saas', 'enterprise', 'smb-ecommerce', 'small-company'];

const raw = (locale: string, slug: string): unknown => parseYaml(readFileSync(join(ROOT, locale, `${slug}.yaml`), 'utf8'));
const templates = locales.flatMap((locale) => slugs.map((slug) => ({ id: `${locale}/${slug}`, locale, slug, data: raw(locale, slug) })));
const cache = new Map<string, SlaTemplate>();
const parsed = (locale: string, slug: string): SlaTemplate => {
  const id = `${locale}/${slug}`;
  if (!cache.has(id)) cache.set(id, slaTemplateSchema.parse(raw(locale, slug)));
  return cache.get(id)!;
};

describe('the SLA templates', () => {
  it.each(locales)('%s has exactly the four templates', (locale) => {
    expect(readdirSync(join(ROOT, locale)).sort()).toEqual(slugs.map((s) => `${s}.yaml`).sort());
  });

  describe.each(templates)('$id', ({ locale, slug, data }) => {
    const template = () => parsed(locale, slug);

    it('matches the template schema', () => {
      const result = slaTemplateSchema.safeParse(data);
      expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    });

    it('has guidance for every field of the form, and for nothing else', () => {
      expect(Object.keys(template().guidance).sort()).toEqual([...slaFieldKeys].sort());
      for (const key of slaFieldKeys) expect(guidanceFor(template(), key)?.length, key).toBeGreaterThanOrEqual(5);
    });

    it('converts to a full draft content', () => {
      const content = templateToContent(template());
      expect(v.parse(slaContentSchema, content)).toEqual(content);
      expect(content.linkedPlan).toBeUndefined();
    });

    it('is a complete starting draft: only the dates and signatures are left to fill in', () => {
      const codes = healthCheck(templateToContent(template()), { today: '2025-01-01' }).map((f) => f.code);
      expect(new Set(codes)).toEqual(new Set(['reviewDateMissing', 'signOffIncomplete']));
    });

    it('writes every number field as a number the health check can read', () => {
      const content = templateToContent(template());
      const numeric = slaFields.filter((f) => ['count', 'percent', 'hours', 'days'].includes(f.input));
      for (const field of numeric) {
        const [group, name, leaf] = field.key.split('.') as [string, string, string?];
        const section = (content as unknown as Record<string, Record<string, unknown>>)[group]![name];
        const value = leaf ? (section as Record<string, string>)[leaf]! : (section as string);
        expect(parseNumber(value, { kind: field.input === 'percent' ? 'percent' : 'number', min: 0 }).ok, field.key).toBe(true);
      }
    });

    it('writes its money as plain amounts, set in the workbook’s currency when a draft starts', () => {
      const text = JSON.stringify(template().content);
      // No currency of its own: no 元, 万元, 亿, zł, $, € or "million" beside a figure.
      expect(text).not.toMatch(/\d\s*(元|万|萬|亿|億|zł|mln|million)|[$€£¥]\s*\d/);
      expect(text.match(TEMPLATE_MONEY)?.length ?? 0, 'the revenue target at least').toBeGreaterThanOrEqual(1);
      const content = JSON.stringify(templateToContent(template(), (amount) => `<${amount} XYZ>`));
      expect(content).not.toContain('{money:');
      expect(content).toMatch(/<\d+ XYZ>/);
      expect(templateToContent(template(), (amount) => `<${amount} XYZ>`).goal.revenueTarget).toMatch(/<\d+ XYZ>/);
    });

    it('leaves signatures and dates blank for the team to fill in', () => {
      const { term, signOff } = templateToContent(template());
      expect([term.effectiveDate, term.reviewDate]).toEqual(['', '']);
      expect(signOff.map((row) => row.party)).toEqual(expect.arrayContaining(['marketing', 'sales']));
      expect(signOff.every((row) => row.name === '' && row.date === '' && row.role !== '')).toBe(true);
    });
  });

  it.each(slugs)('%s covers the same field keys with guidance in both locales', (slug) => {
    expect(Object.keys(parsed('zh-cn', slug).guidance).sort()).toEqual(Object.keys(parsed('en', slug).guidance).sort());
  });

  it.each(slugs)('%s makes the same choices in both locales', (slug) => {
    const choices = (locale: string) => {
      const c = templateToContent(parsed(locale, slug));
      return [c.term.reviewCadence, c.temperature.cold.owner, c.temperature.warm.owner, c.temperature.hot.owner, ...c.signOff.map((r) => r.party)];
    };
    expect(choices('zh-cn')).toEqual(choices('en'));
  });

  it('sets template money with the formatter it is given', () => {
    const euros = (amount: number) => new Intl.NumberFormat('pl', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
    expect(fillTemplateMoney('Przychód {money:900000}', euros)).toBe('Przychód 900\u00a0000\u00a0€');
    const yuan = (amount: number) => new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 }).format(amount);
    expect(fillTemplateMoney('新签合同额 {money:80000000}，{money:500} 以上', yuan)).toBe('新签合同额 ¥80,000,000，¥500 以上');
    expect(fillTemplateMoney('no money here {money:} {money:x}', yuan)).toBe('no money here {money:} {money:x}');
    const content = v.parse(slaContentSchema, { goal: { revenueTarget: 'Revenue of {money:900000}' } });
    expect(templateToContent({ content }).goal.revenueTarget).toBe('Revenue of 900000');
  });

  it('guides a field by its concrete path as well as its key', () => {
    const template = parsed('en', 'b2b-saas');
    expect(guidanceFor(template, 'icp.personas.2.name')).toBe(template.guidance['icp.personas.name']);
    expect(guidanceFor(template, 'nothing.here')).toBeUndefined();
  });

  it('refuses a template that misses guidance or guides an unknown field', () => {
    const template = raw('en', 'small-company') as { guidance: Record<string, string> };
    const { ['grading.a.meaning']: _, ...missing } = template.guidance;
    const issues = (guidance: Record<string, string>) =>
      slaTemplateSchema.safeParse({ ...template, guidance }).error?.issues.map((i) => i.path.join('.'));
    expect(issues(missing)).toEqual(['guidance.grading.a.meaning']);
    expect(issues({ ...template.guidance, 'grading.e.meaning': 'A grade that does not exist.' })).toEqual(['guidance.grading.e.meaning']);
  });
});
