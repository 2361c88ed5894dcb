import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../i18n/messages/types';
import { textLimit } from '../../lib/text-limit';
import { useI18n } from './i18n';

export interface TextLimitView {
  /** Ids for the field's aria-describedby: the count once shown, the message once over. */
  describedBy: string[];
  /** Past the limit: the field is marked invalid. */
  over: boolean;
  /** The count (near the limit) and the message (past it), to render under the field. */
  note: ComponentChildren;
}

/**
 * A free-text field's limit, said before it bites: from 80 % of the limit the field shows its
 * count ("1,650 of 2,000 characters"); past it, the field is marked invalid and says by how
 * much, while the text stays whole (nothing is ever cut). `extra` is added to the message (what
 * is left out while the text is too long). `max` null: no limit.
 */
export function useTextLimit(id: string, value: string, max: number | null, extra?: string): TextLimitView {
  const { t, lang } = useI18n();
  if (max === null) return { describedBy: [], over: false, note: null };
  const state = textLimit(value, max);
  const countId = `${id}-count`;
  const limitId = `${id}-limit`;
  // Intl directly, not the workbook's format and plural helpers: every page with a text field
  // loads this, most of them nothing else of those modules.
  const n = (value: number) => new Intl.NumberFormat(lang).format(value);
  const counted = (key: string, count: number, vars: Record<string, string>) =>
    t(`${key}.${new Intl.PluralRules(lang).select(count)}` as MessageKey, vars);
  const over = state.over > 0;
  return {
    describedBy: [state.showCount ? countId : '', over ? limitId : ''].filter(Boolean),
    over,
    note: (
      <>
        {state.showCount && (
          <p id={countId} class={over ? 'limit-count over' : 'limit-count'}>
            {counted('kit.limit.count', state.max, { n: n(state.length), max: n(state.max) })}
          </p>
        )}
        {over && (
          <p id={limitId} class="field-error" role="alert">
            {counted('kit.limit.over', state.over, { over: n(state.over), max: n(state.max) })}
            {extra ? ` ${extra}` : ''}
          </p>
        )}
      </>
    ),
  };
}
