import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../kit/i18n';

export interface ResultBarProps {
  label: string;
  /** The headline figure, formatted, or null when it cannot be shown. */
  value: string | null;
  reason: string;
}

/**
 * On a phone the results sit below the inputs: this compact bar keeps the headline figure in
 * view while typing (sticky at the top of the inputs; the style sheet shows it on narrow screens
 * only). It is not a live region: the results' own outputs already announce. A field that gets
 * the focus under it is scrolled clear of it, so the bar never covers what is being typed.
 */
export function ResultBar({ label, value, reason }: ResultBarProps) {
  const { t } = useI18n();
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const section = bar.current?.parentElement;
    if (!section) return;
    const clear = (event: FocusEvent) => {
      const field = event.target as HTMLElement;
      if (!bar.current || field === bar.current || !bar.current.offsetParent) return;
      // After the browser's own scroll to the field.
      requestAnimationFrame(() => {
        const covered = bar.current!.getBoundingClientRect().bottom - field.getBoundingClientRect().top;
        if (covered > 0) window.scrollBy({ top: -(covered + 8) });
      });
    };
    section.addEventListener('focusin', clear);
    return () => section.removeEventListener('focusin', clear);
  }, []);

  return (
    <div ref={bar} class="result-bar" role="group" aria-label={t('calc.resultBar')}>
      <span class="result-bar-label">{label}</span>
      <span class={value === null ? 'result-bar-value unavailable' : 'result-bar-value'}>{value ?? reason}</span>
    </div>
  );
}
