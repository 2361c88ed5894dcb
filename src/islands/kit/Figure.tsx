import type { ComponentChildren } from 'preact';
import { Amount } from './Amount';

export interface FigureProps {
  id: string;
  label: string;
  /** The formatted figure, or null when it cannot be shown. */
  value: string | null;
  /** Why the figure cannot be shown (required when value is null). */
  reason?: string | undefined;
  /** The inputs the figure comes from, for `<output for>`. */
  inputs?: readonly string[];
  headline?: boolean;
  children?: ComponentChildren;
}

/**
 * The size class of an amount by its length: its box holds about 13 characters at full size.
 * Words ("Yes, the team copes") wrap between them instead; the spaces inside an amount
 * ("2 666 666 668 800 zł") are no-break ones.
 */
const fit = (value: string) =>
  /\s/.test(value.replace(/[\u00a0\u202f]/g, '')) ? '' : value.length > 17 ? ' longer' : value.length > 13 ? ' long' : '';

/** A computed figure: an `<output>` named by its label, or the reason it cannot be shown. */
export function Figure({ id, label, value, reason, inputs, headline, children }: FigureProps) {
  const labelId = `${id}-label`;
  return (
    <div class={headline ? 'figure headline' : 'figure'}>
      <span id={labelId} class="figure-label">
        {label}
      </span>
      <output
        id={id}
        aria-labelledby={labelId}
        for={inputs?.join(' ')}
        class={value === null ? 'figure-value unavailable' : `figure-value${fit(value)}`}
      >
        {value === null ? reason : <Amount value={value} />}
      </output>
      {children}
    </div>
  );
}
