/**
 * The header's search dialog. Pagefind's code and index load only when the reader first
 * opens it; results come from the index of the page's own language (Pagefind reads <html lang>).
 * Excerpts are rebuilt from text nodes and <mark> elements only, never inserted as HTML.
 */
import { pluralFromData } from '../i18n/text';
import { resultHref, type MatchedPage } from '../lib/search-anchor';
import { mergeByPage, searchSpellings } from '../lib/search-spellings';
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<MatchedPage & { excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
  debouncedSearch(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Copies the text and <mark> runs of Pagefind's excerpt into `target`, dropping other markup. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  for (const node of Array.from(parsed.body.firstChild?.childNodes ?? [])) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(document.createTextNode(node.textContent ?? ''));
    }
  }
}

/** Wires the dialog and opens it: called on the reader's first request for search. */
export function initSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const opener = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const closer = dialog?.querySelector<HTMLButtonElement>('[data-search-close]');
  const form = dialog?.querySelector<HTMLFormElement>('[data-search-form]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog?.querySelector<HTMLOListElement>('[data-search-results]');
  if (!dialog || !opener || !closer || !form || !input || !status || !list) return;
  const msg = dialog.dataset;
  const letters = JSON.parse(msg.plainTypedLetters ?? '{}') as Record<string, string>;

  let pagefind: Promise<Pagefind | null> | undefined;
  const loadPagefind = () => {
    pagefind ??= (async () => {
      try {
        const url = '/pagefind/pagefind.js';
        const module = (await import(/* @vite-ignore */ url)) as Pagefind;
        await module.init();
        return module;
      } catch {
        return null;
      }
    })();
    return pagefind;
  };

  let lastQuery = '';
  const run = async () => {
    // Full-width letters and digits ("ＣＡＣ", as a Chinese keyboard may type them) read as the
    // index holds them.
    const query = input.value.normalize('NFKC').trim();
    lastQuery = query;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = msg.msgLoading ?? '';
    const engine = await loadPagefind();
    if (!engine) {
      status.textContent = msg.msgUnavailable ?? '';
      return;
    }
    // "slownik" typed on a Polish page is also searched as "słownik" (lib/search-spellings).
    const [typed = query, ...others] = searchSpellings(query, letters);
    const search = await engine.debouncedSearch(typed);
    if (search === null || query !== lastQuery) return; // superseded by a newer keystroke
    const more = await Promise.all(others.map((spelling) => engine.search(spelling)));
    if (query !== lastQuery) return;
    const found = mergeByPage([search, ...more].map((each) => each.results));
    const results = await Promise.all(found.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (query !== lastQuery) return;
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = resultHref(result);
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement('p');
        appendExcerpt(excerpt, result.excerpt);
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent =
      results.length === 0
        ? fill(msg.msgEmpty ?? '', { query })
        : fill(pluralFromData(msg, 'msgCount', found.length, document.documentElement.lang), {
            count: found.length,
          });
  };

  const open = () => {
    dialog.showModal();
    input.focus();
    void loadPagefind();
  };
  opener.addEventListener('click', open);
  closer.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  // A search field eats the first Escape to clear itself; readers expect it to close the dialog.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  // A result on the page already open (a glossary entry, from the glossary) only moves to it:
  // the dialog closes and the reader stays where the browser scrolled, not back at the button.
  let movedWithin = false;
  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (link && link.pathname === location.pathname) {
      movedWithin = true;
      dialog.close();
    }
  });
  dialog.addEventListener('close', () => {
    if (!movedWithin) opener.focus();
    movedWithin = false;
  });
  open();
}
