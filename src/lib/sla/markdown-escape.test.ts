import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeBlockText, escapeCellText, escapeHeadingText, escapeLine } from './markdown-escape';
import { liveSyntax, renderText } from './test-markdown';

const hostile = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '[click](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  '<https://evil.example>',
  'www.evil.example and mail@evil.example',
  '**bold** _em_ `code` ~~strike~~ $x^2$',
  '&lt;b&gt; &amp; &#x41;',
  '| a | b |',
  '\\',
  '*',
];

describe('escapeLine', () => {
  it.each(hostile)('renders %j literally, with no live syntax', (text) => {
    const escaped = escapeLine(text);
    expect(renderText(escaped)).toBe(text);
    expect(liveSyntax(escaped)).toBe('');
  });

  it('writes the hostile examples in their escaped form', () => {
    expect(escapeLine('<img src=x onerror=alert(1)>')).toBe('&lt;img src\\=x onerror\\=alert\\(1\\)&gt;');
    expect(escapeLine('</script><script>alert(1)</script>')).toBe('&lt;/script&gt;&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(escapeLine('"><svg onload=alert(1)>')).toBe('"&gt;&lt;svg onload\\=alert\\(1\\)&gt;');
    expect(escapeLine('javascript:alert(1)')).toBe('javascript\\:alert\\(1\\)');
  });

  it.each([
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['2) not a list', '2\\) not a list'],
    ['> not a quote', '&gt; not a quote'],
    ['=== not an underline', '\\=\\=\\= not an underline'],
    ['    not code', 'not code'],
    ['\tnot code', 'not code'],
    ['```', '\\`\\`\\`'],
  ])('neutralises the line start %j', (text, escaped) => {
    expect(escapeLine(text)).toBe(escaped);
  });

  it('leaves Chinese and ordinary words alone', () => {
    expect(escapeLine('市场部每月交付 300 个合格线索，销售 4 小时内响应')).toBe('市场部每月交付 300 个合格线索，销售 4 小时内响应');
  });

  it('renders any single line literally (apart from its indentation)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
      const line = raw.replace(/[\r\n]/g, ' ');
      const escaped = escapeLine(line);
      return renderText(escaped) === line.replace(/^[ \t]+/, '').replaceAll('\u0000', '\uFFFD') && liveSyntax(escaped) === '';
    }));
  }, 20_000);
});

describe('line breaks', () => {
  it('keeps each line break as a hard break inside a block, indented for a list item', () => {
    expect(escapeBlockText('first\r\nsecond\rthird', '  ')).toBe('first\\\n  second\\\n  third');
  });

  it('keeps a blank line from ending the paragraph', () => {
    expect(escapeBlockText('a\n\n   \nb')).toBe('a\\\n\\\n\\\nb');
  });

  it('drops leading and trailing blank lines', () => {
    expect(escapeBlockText('\n\nonly\n\n')).toBe('only');
  });

  it('turns line breaks into <br> in a table cell and into spaces in a heading', () => {
    expect(escapeCellText('a|b\nc')).toBe('a\\|b<br>c');
    expect(escapeHeadingText('Our\nSLA # 2')).toBe('Our SLA \\# 2');
  });
});

describe('right-to-left override', () => {
  it('is written as a visible character reference and closed at the end of the value', () => {
    const escaped = escapeBlockText('safe\u202Etxt.exe');
    expect(escaped).toBe('safe&#x202E;txt\\.exe&#x202C;');
    expect(escaped).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(renderText(escaped)).toBe('safe\u202Etxt.exe\u202C');
  });

  it('closes only what the value leaves open', () => {
    expect(escapeCellText('\u202Ea\u202C b')).toBe('&#x202E;a&#x202C; b');
    expect(escapeCellText('\u2067x \u202Ey')).toBe('&#x2067;x &#x202E;y&#x202C;&#x2069;');
  });
});

describe('long text', () => {
  it.each([
    ['syntax', '<a>*_[x](y)|'.repeat(10_000).slice(0, 100_000)],
    ['blank runs', `${' '.repeat(99_999)}x`],
    ['blank runs between words', 'a \t '.repeat(25_000)],
    ['line breaks', 'a\n'.repeat(50_000)],
  ])('escapes a 100,000-character paste of %s in linear time', (_, text) => {
    const started = performance.now();
    const escaped = escapeBlockText(text);
    // Generous bound: the point is "not quadratic" (which would take minutes), not a benchmark.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(liveSyntax(escaped)).toBe('');
  }, 30_000);
});
