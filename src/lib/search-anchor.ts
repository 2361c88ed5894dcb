/** What Pagefind tells of one page that matched: where its words matched and its elements with an id. */
export interface MatchedPage {
  url: string;
  /** Word positions of the matches. */
  locations: readonly number[];
  /** Elements with an id, in page order, each at the word position where it starts. */
  anchors: readonly { id: string; location: number }[];
  /** Pagefind's sections of the page, from its headings; a url with '#' is a heading's. */
  sub_results: readonly { url: string }[];
}

/**
 * Where a search result should open. A page with headings to link opens at its top, as it always
 * has; a page of entries with no headings (the glossary) opens at the entry holding most of the
 * matches ("churn" → /glossary/#churn, not the top of 47 terms), the earliest one on a tie.
 */
export function resultHref(page: MatchedPage): string {
  if (page.sub_results.some((sub) => sub.url.includes('#')) || page.anchors.length === 0) return page.url;
  const counts = new Map<string, number>();
  for (const location of page.locations) {
    let holder: string | undefined;
    for (const anchor of page.anchors) if (anchor.location <= location) holder = anchor.id;
    if (holder !== undefined) counts.set(holder, (counts.get(holder) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [id, count] of counts) if (best === undefined || count > counts.get(best)!) best = id;
  return best === undefined ? page.url : `${page.url.split('#')[0]}#${best}`;
}
