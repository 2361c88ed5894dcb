import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * The level a panel's own heading takes. A panel written with <Heading> reads h2 on its tool's
 * page and h3 inside the plan packet, under the packet's section heading, with no prop drilling.
 */
const HeadingLevel = createContext(2);

/** Headings inside sit `by` levels deeper than here. */
export function Deeper({ by = 1, children }: { by?: number; children: ComponentChildren }) {
  const level = useContext(HeadingLevel);
  return <HeadingLevel.Provider value={level + by}>{children}</HeadingLevel.Provider>;
}

interface HeadingProps {
  /** 0 for the panel's own heading, 1 for a sub-heading within it. */
  sub?: 0 | 1;
  id?: string;
  class?: string;
  children: ComponentChildren;
}

export function Heading({ sub = 0, children, ...rest }: HeadingProps) {
  const level = Math.min(6, useContext(HeadingLevel) + sub);
  const Tag = `h${level}` as 'h2';
  return <Tag {...rest}>{children}</Tag>;
}
