import { useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../../i18n/messages/types';
import { formatBytes } from '../../lib/format';
import { summarizeArea } from '../../lib/persist/summary';
import {
  areaStores,
  exportWorkbook,
  forgetKey,
  readStoredText,
  replaceAreas,
  resetAreas,
  storedAreaKeys,
  type StoredKey,
} from '../../stores/workbook';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { useI18n, type IslandStrings } from '../kit/i18n';
import { IslandRoot } from '../kit/IslandRoot';
import { useMounted, useStore } from '../kit/use-client-store';
import { StorageBanner } from '../kit/StorageBanner';
import { Toast } from '../kit/Toast';
import { AreaHolds } from './AreaHolds';
import { ImportPanel } from './ImportPanel';
import { SettingsForm, type CurrencyOptions } from './SettingsForm';

type Undo =
  { message: string; before: Record<string, unknown> } | { message: string; before?: undefined };

/**
 * Offers text as a file: what is stored now, read at the click; the download helper loads then,
 * as most visits to this page never download. Unnamed, it is the whole workbook's export.
 */
async function offer(text: string, filename?: string) {
  const { datedFilename, downloadText } = await import('../kit/download');
  downloadText(filename ?? datedFilename('planning-workbook', 'json'), text);
}

function DataPage({
  dataHref,
  calculatorNames,
  currencies,
}: {
  dataHref: string;
  calculatorNames: Record<string, string>;
  currencies: CurrencyOptions;
}) {
  const { t, lang } = useI18n();
  // Re-read the stored keys whenever any area changes.
  const values = areaStores.map((store) => useStore(store.$store));
  const [confirm, setConfirm] = useState<{ areas: string[]; all: boolean } | null>(null);
  const [toast, setToast] = useState<Undo | null>(null);
  // The server knows nothing stored; once started, what storage holds now.
  const mounted = useMounted();
  // A copy set aside is in no store: forgetting one counts as a change.
  const [forgotten, setForgotten] = useState(0);
  const keys = useMemo<StoredKey[]>(
    () => (mounted ? storedAreaKeys() : []),
    [mounted, forgotten, ...values, toast],
  );

  // In a sentence ("Reset the learning data?") the area's name as a word; as a row header, a label.
  const areaName = (area: string | null) => (area ? t(`area.${area}` as MessageKey) : '');
  const areaLabel = (area: string) => t(`data.area.${area}` as MessageKey);
  const total = keys.reduce((sum, key) => sum + key.bytes, 0);

  return (
    <>
      <StorageBanner dataHref={dataHref} />
      <SettingsForm currencies={currencies} />

      <section aria-labelledby="stored-title">
        <h2 id="stored-title">{t('data.stored.title')}</h2>
        {keys.length === 0 ? (
          <p>{t('data.stored.empty')}</p>
        ) : (
          <div class="table-wrap">
            <table class="stored-table">
              <thead>
                <tr>
                  <th scope="col">{t('data.stored.area')}</th>
                  <th scope="col">{t('data.stored.holds')}</th>
                  <th scope="col" class="num">
                    {t('data.stored.size')}
                  </th>
                  <th scope="col">{t('data.stored.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {keys.map((key) => {
                  const store = areaStores.find((s) => s.area.name === key.area);
                  const summary =
                    store && !key.corrupt && !key.newer
                      ? summarizeArea(key.area ?? '', store.$store.get())
                      : null;
                  const label = key.corrupt
                    ? t('data.stored.corruptCopy', { area: areaName(key.area) })
                    : key.area
                      ? areaLabel(key.area)
                      : t('data.stored.unknown', { key: key.key });
                  return (
                    <tr key={key.key}>
                      <th scope="row">{label}</th>
                      <td class="stored-holds">
                        {key.newer
                          ? t('data.stored.newer')
                          : summary && (
                              <AreaHolds
                                summary={summary}
                                names={3}
                                calculatorNames={calculatorNames}
                              />
                            )}
                      </td>
                      <td class="num">{formatBytes(key.bytes, lang)}</td>
                      <td class="stored-actions">
                        {key.corrupt ? (
                          <div class="actions">
                            <button
                              type="button"
                              class="button secondary"
                              onClick={() =>
                                void offer(
                                  readStoredText(key.key),
                                  `${key.key.replace(/:/g, '-')}.json`,
                                )
                              }
                            >
                              {t('kit.download')}
                            </button>
                            <button
                              type="button"
                              class="button danger"
                              onClick={() => {
                                forgetKey(key.key);
                                setForgotten((n) => n + 1);
                              }}
                            >
                              {t('data.deleteCopy')}
                            </button>
                          </div>
                        ) : key.area ? (
                          <button
                            type="button"
                            class="button danger"
                            onClick={() => setConfirm({ areas: [key.area!], all: false })}
                          >
                            {t('data.reset', { area: areaName(key.area) })}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('data.stored.total')}</th>
                  <td class="stored-holds"></td>
                  <td class="num">{formatBytes(total, lang)}</td>
                  <td class="stored-actions">
                    <button
                      type="button"
                      class="button danger"
                      onClick={() =>
                        setConfirm({ areas: areaStores.map((s) => s.area.name), all: true })
                      }
                    >
                      {t('data.resetAll')}
                    </button>
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>

      <div class="data-columns">
        <section aria-labelledby="export-title" class="card">
          <h2 id="export-title">{t('data.export.title')}</h2>
          <p>{t('data.export.body')}</p>
          <button type="button" class="button" onClick={() => void offer(exportWorkbook())}>
            {t('data.export.button')}
          </button>
        </section>
        <ImportPanel
          calculatorNames={calculatorNames}
          onReplaced={(before) => setToast({ message: t('data.import.done'), before })}
        />
      </div>

      <ConfirmDialog
        open={confirm !== null}
        title={
          confirm?.all
            ? t('data.resetAllConfirmTitle')
            : t('data.resetConfirmTitle', { area: areaName(confirm?.areas[0] ?? null) })
        }
        body={
          confirm?.all
            ? t('data.resetAllConfirmBody')
            : t('data.resetConfirmBody', { area: areaName(confirm?.areas[0] ?? null) })
        }
        confirmLabel={
          confirm?.all
            ? t('data.resetAll')
            : t('data.reset', { area: areaName(confirm?.areas[0] ?? null) })
        }
        cancelLabel={t('kit.cancel')}
        danger
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          if (!confirm) return;
          const before = resetAreas(confirm.areas);
          const message = confirm.all
            ? t('data.resetAllDone')
            : t('data.resetDone', { area: confirm.areas[0] ? areaLabel(confirm.areas[0]) : '' });
          setConfirm(null);
          setToast({ message, before });
        }}
      />
      <Toast
        message={toast?.message ?? null}
        actionLabel={toast?.before ? t('kit.undo') : undefined}
        onAction={() => {
          if (toast?.before) replaceAreas(toast.before);
          setToast(null);
        }}
        onDismiss={() => setToast(null)}
        dismissLabel={t('kit.dismiss')}
      />
    </>
  );
}

export default function DataManager({
  strings,
  dataHref,
  calculatorNames,
  currencies,
}: {
  strings: IslandStrings;
  dataHref: string;
  /** Each calculator's title in the page's language, by id: what the page names stored inputs by. */
  calculatorNames: Record<string, string>;
  /** The currencies to offer, named and sorted by the server for the page's language. */
  currencies: CurrencyOptions;
}) {
  return (
    <IslandRoot strings={strings}>
      <DataPage dataHref={dataHref} calculatorNames={calculatorNames} currencies={currencies} />
    </IslandRoot>
  );
}
