import { formatDate, type FormatOptions } from '../../lib/format';
import type { MeasuredFile } from '../../lib/pipeline/state';
import { Deeper } from '../kit/Heading';
import { useI18n } from '../kit/i18n';
import { richText } from '../kit/PrintableText';
import { MeasuredFunnel } from '../pipeline/MeasuredFunnel';

/** "Measured from your data": the pipeline page's measured funnel, under the packet's section heading. */
export function PacketPipeline({ measured, format }: { measured: MeasuredFile; format: FormatOptions }) {
  const { t, lang } = useI18n();
  return (
    <>
      <p>{richText(t, 'plan.pipeline.source', { file: <bdi>{measured.file.name}</bdi>, date: formatDate(measured.file.measuredAt, lang) })}</p>
      <Deeper>
        <MeasuredFunnel summary={measured.summary} format={format} />
      </Deeper>
    </>
  );
}
