import type { MessageKey } from '../../i18n/messages/types';
import { packetSections, type PacketChoice } from '../../lib/plan-packet';
import { updatePacket, includeInPacket } from '../../stores/plan';
import { useI18n } from '../kit/i18n';
import { printWhenReady } from '../kit/print-when-ready';

export interface DraftOption {
  id: string;
  name: string;
}

/** What goes into the packet, the paper, the SLA draft, and the button that prints it. */
export function PacketControls({
  choice,
  drafts,
  activeDraftId,
}: {
  choice: PacketChoice;
  drafts: DraftOption[];
  activeDraftId: string;
}) {
  const { t } = useI18n();
  return (
    <div class="packet-controls card no-print">
      <fieldset>
        <legend>{t('plan.choose')}</legend>
        <div class="packet-choices">
          {packetSections.map((section) => (
            <div class="choice" key={section}>
              <input
                type="checkbox"
                id={`include-${section}`}
                checked={choice.include[section]}
                onChange={(e) => includeInPacket(section, e.currentTarget.checked)}
              />
              <label for={`include-${section}`}>{t(`plan.section.${section}` as MessageKey)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div class="packet-options">
        <fieldset>
          <legend>{t('plan.paper')}</legend>
          {(['a4', 'letter'] as const).map((paper) => (
            <div class="choice" key={paper}>
              <input
                type="radio"
                id={`paper-${paper}`}
                name="paper"
                checked={choice.paper === paper}
                onChange={() => updatePacket({ paper })}
              />
              <label for={`paper-${paper}`}>{t(`plan.paper.${paper}`)}</label>
            </div>
          ))}
        </fieldset>
        {drafts.length > 1 && choice.include.sla && (
          <div class="field">
            <label for="packet-sla">{t('plan.slaDraft')}</label>
            <select
              id="packet-sla"
              value={activeDraftId}
              onChange={(e) => updatePacket({ slaDraftId: e.currentTarget.value })}
            >
              {drafts.map((draft) => (
                <option key={draft.id} value={draft.id}>
                  {draft.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div class="packet-print">
        <button type="button" class="button" onClick={() => void printWhenReady()}>
          {t('plan.save')}
        </button>
        <p class="hint">{t('plan.saveHint')}</p>
      </div>
    </div>
  );
}
