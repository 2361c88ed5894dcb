/** Share links keep their state in the fragment: `#share=<code>`. Tiny, so every tool can read it up front. */
export const SHARE_PARAM = 'share';

/** The share code in a URL's fragment, if it has one. */
export function shareCodeFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAM);
}
