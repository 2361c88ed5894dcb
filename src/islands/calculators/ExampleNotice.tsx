import { useI18n } from '../kit/i18n';

/** Over a calculator still holding its example figures: they are examples, and can be cleared. */
export function ExampleNotice({ id, onClear }: { id: string; onClear: () => void }) {
  const { t } = useI18n();
  return (
    <div class="notice example-notice">
      <p id={id}>{t('calc.examples')}</p>
      <button type="button" class="button secondary" aria-describedby={id} onClick={onClear}>
        {t('calc.clearExamples')}
      </button>
    </div>
  );
}
