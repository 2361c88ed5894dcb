import { useEffect } from 'preact/hooks';

/**
 * Page numbers in the print's page margin ("Page 2 of 5"): a margin box can only show CSS
 * `content`, so the localized words around the two counters are handed to the style sheet as
 * custom properties on the root element (set through the CSSOM, which the CSP allows).
 */
export function usePrintPageNumbers(template: string) {
  useEffect(() => {
    const [before = '', middle = '', after = ''] = template.split(/\{pages?\}/);
    const root = document.documentElement.style;
    root.setProperty('--sla-page-before', JSON.stringify(before));
    root.setProperty('--sla-page-middle', JSON.stringify(middle));
    root.setProperty('--sla-page-after', JSON.stringify(after));
  }, [template]);
}
