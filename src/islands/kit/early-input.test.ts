// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { earlyEdits, replayClicks, replayEdits } from './early-input';

/** A page with a tool not yet started, as the server rendered it. */
function page(html: string) {
  document.body.innerHTML = `<astro-island ssr>${html}</astro-island><astro-island>${'<input id="started" value="a">'}</astro-island>`;
  return document.querySelector('astro-island')!;
}

describe('earlyEdits', () => {
  it('finds the text, textarea, select, checkbox and chosen radio the user changed, and nothing else', () => {
    const root = page(`
      <input id="spend" value="5000"><input id="leads" value="100">
      <textarea id="notes">old</textarea>
      <select id="currency"><option value="USD" selected>USD</option><option value="EUR">EUR</option></select>
      <select id="plain"><option value="a">a</option><option value="b">b</option></select>
      <input type="checkbox" id="include" checked>
      <input type="radio" name="m" id="m4"><input type="radio" name="m" id="m7" checked>
      <input type="file" id="file"><input id="" value="x">`);
    const field = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
    field('spend').value = '777';
    (root.querySelector('#notes') as HTMLTextAreaElement).value = 'typed';
    (root.querySelector('#currency') as HTMLSelectElement).value = 'EUR';
    field('include').checked = false;
    field('m4').checked = true;
    (document.querySelector('#started') as HTMLInputElement).value = 'changed after start';
    expect(earlyEdits(document)).toEqual([
      { id: 'spend', value: '777', label: '' },
      { id: 'notes', value: 'typed', label: '' },
      { id: 'currency', value: 'EUR' },
      { id: 'include', value: false },
      { id: 'm4', value: true },
    ]);
  });

  it('finds nothing on a page nobody touched', () => {
    page('<input id="a" value="1"><textarea id="b"></textarea><select id="c"><option>x</option></select>');
    expect(earlyEdits(document)).toEqual([]);
  });
});

describe('replayEdits', () => {
  it('puts each value back and fires the events the field handlers listen to', () => {
    const root = page('<input id="spend" value="5000"><input type="checkbox" id="include">');
    const seen: string[] = [];
    root.addEventListener('input', (event) => seen.push(`input ${(event.target as HTMLInputElement).id}`));
    root.addEventListener('change', (event) => seen.push(`change ${(event.target as HTMLInputElement).id}`));
    replayEdits(root, [
      { id: 'spend', value: '777' },
      { id: 'include', value: true },
      { id: 'gone', value: 'x' },
    ]);
    expect((root.querySelector('#spend') as HTMLInputElement).value).toBe('777');
    expect((root.querySelector('#include') as HTMLInputElement).checked).toBe(true);
    expect(seen).toEqual(['input spend', 'change spend', 'input include', 'change include']);
  });
});

describe('text typed into a field the started tool no longer shows', () => {
  it('comes back with its label, to be shown to the user, and nothing else does', () => {
    const root = page(`
      <label for="cpl">Cost per lead</label><input id="cpl" value="">
      <input id="named" aria-label="Channel name" value="">
      <input id="kept" value="1">
      <input type="checkbox" id="flag">`);
    root.querySelector<HTMLInputElement>('#cpl')!.value = '42';
    root.querySelector<HTMLInputElement>('#named')!.value = 'Webinars';
    root.querySelector<HTMLInputElement>('#kept')!.value = '2';
    root.querySelector<HTMLInputElement>('#flag')!.checked = true;
    const edits = earlyEdits(document);
    // The tool starts in another mode: only the field "kept" and the checkbox are still there.
    root.querySelector('#cpl')!.remove();
    root.querySelector('#named')!.remove();
    root.querySelector('#flag')!.remove();
    expect(replayEdits(root, edits)).toEqual([
      { id: 'cpl', value: '42', label: 'Cost per lead' },
      { id: 'named', value: 'Webinars', label: 'Channel name' },
    ]);
    expect(root.querySelector<HTMLInputElement>('#kept')!.value).toBe('2');
  });

  it('says nothing of a field emptied, or one the tool still shows', () => {
    const root = page('<label for="a">A</label><input id="a" value="5"><label for="b">B</label><input id="b" value="">');
    root.querySelector<HTMLInputElement>('#a')!.value = '  ';
    root.querySelector<HTMLInputElement>('#b')!.value = '7';
    const edits = earlyEdits(document);
    root.querySelector('#a')!.remove();
    expect(replayEdits(root, edits)).toEqual([]);
  });
});

describe('a file chosen before the tool started', () => {
  it('is found, and handed to the field again with the events a choice fires', () => {
    const root = page('<input type="file" id="export">');
    const field = root.querySelector<HTMLInputElement>('#export')!;
    const chosen = new DataTransfer();
    chosen.items.add(new File(['Stage,Amount'], 'deals.csv', { type: 'text/csv' }));
    field.files = chosen.files;
    const edits = earlyEdits(document);
    expect(edits.map(({ id, value }) => [id, (value as FileList)[0]?.name])).toEqual([['export', 'deals.csv']]);

    const seen: string[] = [];
    root.addEventListener('change', (event) => seen.push((event.target as HTMLInputElement).files?.[0]?.name ?? ''));
    replayEdits(root, edits);
    expect(seen).toEqual(['deals.csv']);
  });
});

describe('replayClicks', () => {
  it('presses the buttons tapped before the tool started, once, and keeps the others for their own tool', () => {
    const root = page('<button id="use-template">Use</button>');
    const click = vi.fn();
    root.querySelector('button')!.addEventListener('click', click);
    globalThis.__earlyClicks = ['use-template', 'elsewhere'];
    replayClicks(root);
    replayClicks(root);
    expect(click).toHaveBeenCalledTimes(1);
    expect(globalThis.__earlyClicks).toEqual(['elsewhere']);
  });
});
