/** The packet's worksheet and its two appendices: formulas and a glossary excerpt. */
import type { MessageKey } from '../../i18n/messages/types';
import { activePs, type Worksheets } from '../../lib/worksheet';
import { useI18n } from '../kit/i18n';
import { PrintableText, richText, usePrintable } from '../kit/PrintableText';
import type { PacketText } from './types';

export function PacketWorksheet({ sheet }: { sheet: Worksheets['marketingMix'] }) {
  const { t } = useI18n();
  const { inline } = usePrintable();
  return (
    <>
      {sheet.subject && <p>{richText(t, 'plan.worksheet.subject', { subject: inline(sheet.subject, 'name') })}</p>}
      <dl class="packet-worksheet">
        {activePs(sheet.model).map((p) => (
          <div key={p}>
            <dt>{t(`worksheet.p.${p}` as MessageKey)}</dt>
            <dd dir="auto">{sheet.answers[p] ? <PrintableText text={sheet.answers[p]} kind="text" /> : '—'}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** The formulas of the given KPIs, in words. */
export function PacketFormulas({ ids, kpis }: { ids: string[]; kpis: PacketText['kpis'] }) {
  const { t } = useI18n();
  return (
    <>
      <p>{t('plan.formulas.intro')}</p>
      <dl class="packet-formulas">
        {ids.map((id) => (
          <div key={id}>
            <dt>{kpis[id]?.name}</dt>
            <dd>{kpis[id]?.formula}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

export function PacketGlossary({ terms }: { terms: PacketText['glossary'] }) {
  const { t, marks } = useI18n();
  return (
    <>
      <p>{t('plan.glossary.intro')}</p>
      <dl class="packet-glossary">
        {terms.map((term) => (
          <div key={term.slug}>
            <dt>
              {term.term}
              {term.abbreviation && `${marks.open}${term.abbreviation}${marks.close}`}
            </dt>
            <dd>{term.definition}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
