import type { TemplateEntry } from '../../lib/sla/drafts';
import { useI18n } from '../kit/i18n';

export interface TemplatePickerProps {
  templates: readonly TemplateEntry[];
  /** A template, or null for a blank draft. */
  onPick: (entry: TemplateEntry | null) => void;
  /** Keeps ids apart when the picker shows both on the page and in the dialog. */
  idPrefix: string;
}

/** The templates to start a draft from, with who each suits, and a blank page. */
export function TemplatePicker({ templates, onPick, idPrefix }: TemplatePickerProps) {
  const { t, marks } = useI18n();
  return (
    <ul class="template-picker" role="list">
      {templates.map((entry) => {
        const id = `${idPrefix}-${entry.slug}`;
        return (
          <li key={entry.slug} class="template-card">
            <h3 id={`${id}-name`}>{entry.template.name}</h3>
            <p class="template-suited">
              <span class="template-suited-label">{t('sla.template.suitedFor')}{marks.colon}</span>
              {entry.template.suitedFor}
            </p>
            <p id={`${id}-description`} class="template-description">
              {entry.template.description}
            </p>
            <button type="button" id={`${id}-button`} class="button" aria-labelledby={`${id}-use ${id}-name`} aria-describedby={`${id}-description`} onClick={() => onPick(entry)}>
              <span id={`${id}-use`}>{t('sla.template.use')}</span>
            </button>
          </li>
        );
      })}
      <li class="template-card template-blank">
        <h3>{t('sla.drafts.blank')}</h3>
        <p class="template-description">{t('sla.template.blankDescription')}</p>
        <button type="button" id={`${idPrefix}-blank`} class="button secondary" onClick={() => onPick(null)}>
          {t('sla.template.useBlank')}
        </button>
      </li>
    </ul>
  );
}
