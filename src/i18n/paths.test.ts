import { describe, expect, it } from 'vitest';
import { localePath, parsePath, switchLocalePath } from './paths';

describe('locale paths', () => {
  it.each([
    ['en', '', '/'],
    ['en', 'funnel/', '/funnel/'],
    ['zh-cn', '', '/zh-cn/'],
    ['zh-cn', 'learn/sales-vs-marketing/', '/zh-cn/learn/sales-vs-marketing/'],
  ] as const)('places %s route %j at %s', (locale, route, expected) => {
    expect(localePath(locale, route)).toBe(expected);
  });

  it.each([
    ['/', 'en', ''],
    ['/sla/', 'en', 'sla/'],
    ['/zh-cn/', 'zh-cn', ''],
    ['/zh-cn', 'zh-cn', ''],
    ['/zh-cn/calculators/cac/', 'zh-cn', 'calculators/cac/'],
    ['/zh-cnx/', 'en', 'zh-cnx/'],
  ] as const)('reads %s as locale %s, route %j', (pathname, locale, route) => {
    expect(parsePath(pathname)).toEqual({ locale, route });
  });

  it('switches a page to its counterpart in the other language and back', () => {
    expect(switchLocalePath('/learn/kpis/', 'zh-cn')).toBe('/zh-cn/learn/kpis/');
    expect(switchLocalePath('/zh-cn/learn/kpis/', 'en')).toBe('/learn/kpis/');
    expect(switchLocalePath('/zh-cn/', 'zh-cn')).toBe('/zh-cn/');
  });
});
