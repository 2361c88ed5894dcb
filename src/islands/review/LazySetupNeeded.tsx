import { useI18n } from '../kit/i18n';
import type { SetupNeededProps } from './SetupNeeded';
import { useLazyModule } from '../kit/use-lazy-module';

/** What to create before the first review, loaded only when there is nothing to review yet. */
export function LazySetupNeeded(props: SetupNeededProps) {
  const { t } = useI18n();
  const Setup = useLazyModule(true, () => import('./SetupNeeded').then((m) => m.SetupNeeded));
  if (Setup) return <Setup {...props} />;
  return (
    <p class="notice" role="status">
      {t('review.loading')}
    </p>
  );
}
