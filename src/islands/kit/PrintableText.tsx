import { Fragment, type ComponentChildren } from 'preact';
import type { MessageKey } from '../../i18n/messages/types';
import { printable, type TextKind } from '../../lib/text-limit';
import { useI18n, type IslandTranslate } from './i18n';

/**
 * User text set into a printed page: in its own direction as a `<bdi>` element (the isolate
 * characters a plain string would need garble a PDF's text), and past its field's limit, a note
 * in its place saying it was left out and by how much (the field keeps it whole).
 */
export function usePrintable() {
  const { t, lang } = useI18n();
  const leftOut = (over: number, max: number) => {
    const n = (value: number) => new Intl.NumberFormat(lang).format(value);
    return t(`kit.limit.leftOut.${new Intl.PluralRules(lang).select(over)}` as MessageKey, { over: n(over), max: n(max) });
  };
  return {
    /** As an element to set inside a sentence (see `richText`): the text in a `<bdi>`, or the note. */
    inline(text: string, kind: TextKind): ComponentChildren {
      const shown = printable(text, kind);
      return 'text' in shown ? <bdi>{shown.text}</bdi> : <span class="left-out">{leftOut(shown.over, shown.max)}</span>;
    },
  };
}

export function PrintableText({ text, kind }: { text: string; kind: TextKind }) {
  return <>{usePrintable().inline(text, kind)}</>;
}

/** A message with elements set in for its placeholders ("Product or service: {subject}" with a `<bdi>`). */
export function richText(t: IslandTranslate, key: MessageKey, parts: Record<string, ComponentChildren>): ComponentChildren {
  const names = Object.keys(parts);
  const marked = t(key, Object.fromEntries(names.map((name, i) => [name, `\u0000${i}\u0000`])));
  return marked.split(/\u0000(\d+)\u0000/).map((piece, i) => (i % 2 === 0 ? piece : <Fragment key={i}>{parts[names[Number(piece)]!]}</Fragment>));
}
