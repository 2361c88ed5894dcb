// @vitest-environment happy-dom
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import { buildView, safeAttribute, storedWork, viewKey, type ViewNode } from './island-view';
import { viewNodes } from './keep-view';

afterEach(() => localStorage.clear());

const island = (props = '{"kpiId":[0,"cac"]}') => {
  const element = document.createElement('astro-island');
  element.setAttribute('component-url', '/_astro/SharedCalculator.abc.js');
  element.setAttribute('props', props);
  return element;
};

describe('the key of a kept view', () => {
  const calculator = {
    keys: ['calculators', 'settings'],
    drawn: { calculators: { cac: null }, settings: { currency: 'USD' } },
  };
  const store = (key: string, data: unknown, v = 1) =>
    localStorage.setItem(key, JSON.stringify({ v, data }));

  it('changes with the work the tool shows, and only with that', async () => {
    store('pw:calculators', { cac: { fields: { customers: '40' } } });
    const first = await viewKey(island(), calculator);
    expect(first).toMatch(/^[0-9a-f]{64}$/);

    // Another calculator's inputs, a company name, the currency it was drawn with, a guide read:
    // not what this tool shows, or shown as the server drew it.
    store('pw:calculators', {
      cac: { fields: { customers: '40' } },
      roi: { fields: { gain: '5' } },
    });
    store('pw:settings', { currency: 'USD', companyName: 'Acme' });
    localStorage.setItem('pw:learning', '{"v":1,"data":{}}');
    expect(await viewKey(island(), calculator)).toBe(first);

    // Its own inputs, the currency, an unreadable copy set aside.
    store('pw:calculators', {
      cac: { fields: { customers: '41' } },
      roi: { fields: { gain: '5' } },
    });
    const changed = await viewKey(island(), calculator);
    expect(changed).not.toBe(first);
    store('pw:settings', { currency: 'EUR' });
    expect(await viewKey(island(), calculator)).not.toBe(changed);
    store('pw:settings', { currency: 'USD' });
    expect(await viewKey(island(), calculator)).toBe(changed);
    // The version of an area it shows (a migration may change what the same data means).
    store('pw:calculators', { cac: { fields: { customers: '41' } } }, 2);
    expect(await viewKey(island(), calculator)).not.toBe(changed);
    store('pw:calculators', { cac: { fields: { customers: '41' } } });
    localStorage.setItem('pw:calculators:corrupt', '{');
    expect(await viewKey(island(), calculator)).not.toBe(changed);
  });

  it('changes with the tool’s code or props, and for a dated tool with the day', async () => {
    store('pw:sla', { title: 'Ours' });
    const sla = { keys: ['sla'] };
    const key = await viewKey(island(), sla);
    expect(await viewKey(island('{"kpiId":[0,"roi"]}'), sla)).not.toBe(key);
    const newVersion = island();
    newVersion.setAttribute('component-url', '/_astro/SharedCalculator.def.js');
    expect(await viewKey(newVersion, sla)).not.toBe(key);
    // The whole area counts where the tool names no parts of it.
    store('pw:sla', { title: 'Ours', note: 'x' });
    expect(await viewKey(island(), sla)).not.toBe(key);
    expect(await viewKey(island(), { ...sla, dated: true })).not.toBe(await viewKey(island(), sla));
  });

  it('cannot be worked out from an area that is not JSON: the tool must start to say so', async () => {
    localStorage.setItem('pw:calculators', '{"v":1,"data":');
    expect(() =>
      storedWork({ keys: ['calculators'], drawn: { calculators: { cac: null } } }),
    ).toThrow();
    expect(
      await viewKey(island(), { keys: ['calculators'], drawn: { calculators: { cac: null } } }),
    ).toBeNull();
  });
});

describe('a kept view rebuilt', () => {
  const html = (nodes: ViewNode[]) => {
    const box = document.createElement('div');
    box.append(...buildView(nodes));
    return box.innerHTML;
  };

  it('is the tool as rendered, user text as text, fields with their values', () => {
    const nodes = viewNodes(
      renderToString(
        h('form', { class: 'card', 'aria-label': 'Deal <b>' }, [
          h('label', { for: 'a' }, 'Owner'),
          h('input', { id: 'a', value: '<img src=x onerror=alert(1)>' }),
          h('textarea', { id: 'b', value: 'line </textarea><script>alert(1)</script>' }),
          h('select', { id: 'c', value: 'won' }, [
            h('option', { value: 'open' }, 'Open'),
            h('option', { value: 'won' }, 'Won'),
          ]),
          h('svg', { viewBox: '0 0 2 2', 'aria-hidden': 'true' }, h('path', { d: 'M0 0h2' })),
        ]),
      ),
    );
    const box = document.createElement('div');
    box.append(...buildView(nodes));
    const input = box.querySelector('input')!;
    expect(input.value).toBe('<img src=x onerror=alert(1)>');
    expect(input.defaultValue).toBe(input.value);
    expect(box.querySelector('textarea')!.value).toBe('line </textarea><script>alert(1)</script>');
    expect(box.querySelector('select')!.value).toBe('won');
    expect(box.querySelector('form')!.getAttribute('aria-label')).toBe('Deal <b>');
    expect(box.querySelector('script, img')).toBeNull();
    expect(box.querySelector('path')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('keeps the tree as rendered: nesting, order and text; comments left out', () => {
    expect(
      viewNodes('<ul class="a" data-x=""><li>1</li><!-- x --><li>2 <b>b</b></li></ul>tail'),
    ).toEqual([
      ['ul', { class: 'a', 'data-x': '' }, ['li', {}, '1'], ['li', {}, '2 ', ['b', {}, 'b']]],
      'tail',
    ]);
  });

  it('drops what could run: scripts and frames, event handlers, script URLs, styles', () => {
    const out = html([
      ['div', { onclick: 'alert(1)', ONMOUSEOVER: 'alert(2)', class: 'ok' }, 'text'],
      ['script', {}, 'alert(3)'],
      ['iframe', { src: 'https://example.com' }],
      ['a', { href: ' javascript:alert(4)' }, 'a'],
      ['a', { href: '/data/' }, 'b'],
      ['img', { src: 'data:text/html,x', alt: '' }],
      ['p', { style: 'background:url(https://evil.example/)' }, 'p'],
    ]);
    expect(out).toBe(
      '<div class="ok">text</div><a>a</a><a href="/data/">b</a><img alt=""><p>p</p>',
    );
    expect(safeAttribute('aria-label', 'javascript:alert(1)')).toBe(true); // text, not a URL
    expect(safeAttribute('onfocus', '')).toBe(false);
  });
});
