import { useEffect } from 'preact/hooks';
import { formatDate, type FormatOptions } from '../../lib/format';
import { fileCurrency } from '../../lib/pipeline/currency';
import type { MeasuredFile } from '../../lib/pipeline/state';
import type { Currency } from '../../lib/settings';
import { prepareForPrint } from '../kit/ChartBox';
import { Deeper } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { richText } from '../kit/PrintableText';
import { MeasuredFunnel } from '../pipeline/MeasuredFunnel';

/**
 * "Measured from your data": the pipeline page's measured funnel, under the packet's section
 * heading, in the file's own currency as the pipeline page shows it (`format` is the workbook's).
 */
export function PacketPipeline({ measured, format }: { measured: MeasuredFile; format: FormatOptions & { currency: Currency } }) {
  const { t, lang } = useI18n();
  const shown = { ...format, currency: fileCurrency(measured.summary.currency ?? null, format.currency).shown };
  // Its chart draws as it nears the screen, or when the packet is printed (see PacketFunnel).
  useEffect(prepareForPrint, []);
  return (
    <>
      <p>{richText(t, 'plan.pipeline.source', { file: <bdi>{measured.file.name}</bdi>, date: formatDate(measured.file.measuredAt, lang) })}</p>
      <Deeper>
        <MeasuredFunnel summary={measured.summary} format={shown} amounts={measured.mapping.amount !== undefined} lostStage={measured.mapping.lostStage !== undefined} />
      </Deeper>
    </>
  );
}
