import { formatDate, formatMonth } from '../../lib/format';
import type { Settings } from '../../lib/settings';
import { useI18n } from '../kit/i18n';
import { PrintableText } from '../kit/PrintableText';
import { useMounted } from '../kit/use-client-store';
import { sentenceGap } from '../../i18n/punctuation';

interface PacketCoverProps {
  settings: Settings;
  /** The titles of the parts that follow, in order. */
  contents: string[];
  /** Where the company, period and preparer are set, shown on screen while they are missing. */
  settingsHref: string;
}

/** The packet's first page: the plan's title, company, period, preparer, date and contents. */
export function PacketCover({ settings, contents, settingsHref }: PacketCoverProps) {
  const { t, lang } = useI18n();
  const mounted = useMounted();
  const filled = settings.companyName.trim() || settings.preparedBy.trim();
  return (
    <>
      <h2 id="packet-cover-title" class="cover-title">
        {t('plan.cover.title')}
      </h2>
      {settings.companyName && (
        <p class="cover-company" dir="auto">
          <PrintableText text={settings.companyName} kind="name" />
        </p>
      )}
      <dl class="cover-facts">
        {settings.periodStart && (
          <>
            <dt>{t('plan.cover.period')}</dt>
            <dd>
              {t('plan.cover.periodFrom', { month: formatMonth(settings.periodStart, lang) })}
            </dd>
          </>
        )}
        {settings.preparedBy && (
          <>
            <dt>{t('plan.cover.preparedBy')}</dt>
            <dd dir="auto">
              <PrintableText text={settings.preparedBy} kind="name" />
            </dd>
          </>
        )}
        <dt>{t('plan.cover.date')}</dt>
        {/* Today is the reader's today, so it appears once the page runs in their browser. */}
        <dd>{mounted ? formatDate(new Date().toISOString(), lang) : ''}</dd>
      </dl>
      {!filled && (
        <p class="hint no-print">
          {t('plan.cover.edit')}
          {sentenceGap(lang)}
          <a href={settingsHref}>{t('plan.openTool')}</a>
        </p>
      )}
      <h3>{t('plan.cover.contents')}</h3>
      <ol class="cover-contents">
        {contents.map((title) => (
          <li key={title}>{title}</li>
        ))}
      </ol>
    </>
  );
}
