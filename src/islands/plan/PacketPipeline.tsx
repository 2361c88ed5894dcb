import { useEffect } from 'preact/hooks';
import { formatDate, type FormatOptions } from '../../lib/format';
import type { MeasuredFile } from '../../lib/pipeline/state';
import { prepareForPrint } from '../kit/ChartBox';
import { Deeper } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { richText } from '../kit/PrintableText';
import { MeasuredFunnel } from '../pipeline/MeasuredFunnel';

/** "Measured from your data": the pipeline page's measured funnel, under the packet's section heading. */
export function PacketPipeline({ measured, format }: { measured: MeasuredFile; format: FormatOptions }) {
  const { t, lang } = useI18n();
  // Its chart draws as it nears the screen, or when the packet is printed (see PacketFunnel).
  useEffect(prepareForPrint, []);
  return (
    <>
      <p>{richText(t, 'plan.pipeline.source', { file: <bdi>{measured.file.name}</bdi>, date: formatDate(measured.file.measuredAt, lang) })}</p>
      <Deeper>
        <MeasuredFunnel summary={measured.summary} format={format} amounts={measured.mapping.amount !== undefined} lostStage={measured.mapping.lostStage !== undefined} />
      </Deeper>
    </>
  );
}
