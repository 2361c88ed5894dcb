import type { MessageKey } from '../../i18n/messages/types';
import { isolate } from '../../lib/bidi';
import { printable, type TextKind } from '../../lib/text-limit';
import { useI18n } from './i18n';

/**
 * User text set into a printed page: past its field's limit, a note in its place saying it was
 * left out and by how much (the field keeps it whole). `usePrintable()` gives it as a string to
 * set inside the site's own sentences, isolated; `<PrintableText>` as an element of its own.
 */
export function usePrintable() {
  const { t, lang } = useI18n();
  const leftOut = (over: number, max: number) => {
    const n = (value: number) => new Intl.NumberFormat(lang).format(value);
    return t(`kit.limit.leftOut.${new Intl.PluralRules(lang).select(over)}` as MessageKey, { over: n(over), max: n(max) });
  };
  return {
    /** The text to print, or the note that replaces it. */
    printed(text: string, kind: TextKind): { text: string } | { note: string } {
      const shown = printable(text, kind);
      return 'text' in shown ? shown : { note: leftOut(shown.over, shown.max) };
    },
    /** As a string inside a sentence: the text isolated, or the note. */
    inline(text: string, kind: TextKind): string {
      const shown = printable(text, kind);
      return 'text' in shown ? isolate(shown.text) : leftOut(shown.over, shown.max);
    },
  };
}

export function PrintableText({ text, kind }: { text: string; kind: TextKind }) {
  const shown = usePrintable().printed(text, kind);
  return 'text' in shown ? <bdi>{shown.text}</bdi> : <span class="left-out">{shown.note}</span>;
}
