import type { MessageKey } from '../../i18n/messages/types';
import type { HealthFinding } from '../../lib/sla/health';
import { slaSectionIds, type SlaSectionId } from '../../lib/sla/draft';
import { pluralKey } from '../../i18n/text';
import { findingParams } from '../../lib/sla/health-params';
import { useI18n } from '../kit/i18n';
import { formSectionId } from './format';

export interface HealthPanelProps {
  findings: readonly HealthFinding[];
  /** Formats a finding's ISO date-time param (linkedAt). */
  dateTime: (iso: string) => string;
  onGoTo: (section: SlaSectionId) => void;
}

/** The health check in plain words, grouped by section; each section's name leads to its fields. */
export function HealthPanel({ findings, dateTime, onGoTo }: HealthPanelProps) {
  const { t, lang } = useI18n();
  const sectionName = (section: SlaSectionId) => t(`sla.section.${section}` as MessageKey);
  const message = (finding: HealthFinding) => {
    // Numbers and lists (grades, row numbers) as the page language writes them: "106.7" / "106,7", "2 and 3" / "2和3".
    const params = findingParams(finding.params, lang);
    params.section = sectionName(finding.section);
    if (typeof params.linkedAt === 'string') params.linkedAt = dateTime(params.linkedAt);
    // A message that states a count ("the same response time (1 hour)") takes its plural form.
    const key = `sla.health.${finding.code}`;
    const hours = finding.params.hours;
    return t((typeof hours === 'number' ? pluralKey(key, hours, lang) : key) as MessageKey, params);
  };
  const sections = slaSectionIds.filter((id) => findings.some((f) => f.section === id));

  return (
    <section class="card sla-health" aria-labelledby="sla-health-title">
      <h2 id="sla-health-title">
        {t('sla.health.title')}
        {findings.length > 0 && (
          <>
            {' '}
            <span class="sla-health-count">{t(pluralKey('sla.health.count', findings.length, lang), { count: findings.length })}</span>
          </>
        )}
      </h2>
      {findings.length === 0 ? (
        <p class="notice success sla-all-clear">{t('sla.health.allGood')}</p>
      ) : (
        <div class="sla-health-groups">
          {sections.map((section) => (
            <div key={section} class="sla-health-group">
              <h3>
                <a
                  href={`#${formSectionId(section)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onGoTo(section);
                  }}
                >
                  {sectionName(section)}
                </a>
              </h3>
              <ul>
                {findings
                  .filter((f) => f.section === section)
                  .map((finding) => (
                    <li key={finding.code} class={`sla-finding ${finding.severity}`}>
                      <span class="sla-severity">{t(`sla.health.severity.${finding.severity}`)}</span> {message(finding)}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
