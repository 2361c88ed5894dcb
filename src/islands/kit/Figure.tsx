import type { ComponentChildren } from 'preact';

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
        class={value === null ? 'figure-value unavailable' : 'figure-value'}
      >
        {value ?? reason}
      </output>
      {children}
    </div>
  );
}
