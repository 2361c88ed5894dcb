import { Fragment } from 'preact';
import { amountParts } from '../../lib/amount-breaks';

/**
 * A formatted figure that may wrap after a group separator when its box is too narrow
 * ("$222,222,<wbr>222,400"), never inside a group. Table cells that keep figures on one line
 * (white-space: nowrap) let a long one wrap there on paper (.amount, print.css).
 */
export function Amount({ value }: { value: string }) {
  const parts = amountParts(value);
  if (parts.length === 1) return <>{value}</>;
  return (
    <span class="amount">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
