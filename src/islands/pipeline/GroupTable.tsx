import { useState } from 'preact/hooks';
import { formatCount, formatMoneyColumn, formatPercent, formatUnit, type FormatOptions } from '../../lib/format';
import { MAX_GROUP_ROWS } from '../../lib/pipeline/state';
import type { GroupRow } from '../../lib/pipeline/summary';
import { useI18n } from '../kit/i18n';

type Column = 'name' | 'deals' | 'won' | 'winRate' | 'revenue' | 'averageDeal' | 'medianCycleDays';
const columns: readonly Column[] = ['name', 'deals', 'won', 'winRate', 'revenue', 'averageDeal', 'medianCycleDays'];

/**
 * A per-owner (or product, or source) table, sortable by any column with a button in its header.
 * It lists the groups the workbook keeps (the first MAX_GROUP_ROWS, by revenue): a column with a
 * name on every row, chosen as the owner by mistake, would draw a row per deal and hold the page.
 */
export function GroupTable({ id, title, rows, format, amounts }: { id: string; title: string; rows: readonly GroupRow[]; format: FormatOptions; amounts: boolean }) {
  const { t, lang } = useI18n();
  // Without an amount column there is no money to show: those columns are left out, not shown as 0.
  const shown = amounts ? columns : columns.filter((column) => column !== 'revenue' && column !== 'averageDeal');
  const [sort, setSort] = useState<{ by: Column; descending: boolean }>({ by: amounts ? 'revenue' : 'deals', descending: true });
  if (rows.length === 0) return null;
  const value = (row: GroupRow, column: Column) => row[column] ?? -Infinity;
  const listed = rows.slice(0, MAX_GROUP_ROWS);
  const more = rows.length > listed.length;
  const sorted = listed.sort((a, b) => {
    const [x, y] = [value(a, sort.by), value(b, sort.by)];
    const order = typeof x === 'string' ? String(x).localeCompare(String(y), lang) : (x as number) - (y as number);
    return sort.descending ? -order : order;
  });
  const revenue = formatMoneyColumn(sorted.map((row) => row.revenue), format);
  const average = formatMoneyColumn(sorted.map((row) => row.averageDeal ?? 0), format);
  const none = t('pipeline.figure.none');
  return (
    <>
      <div class="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table class="data-table sortable" aria-describedby={more ? `${id}-more` : undefined}>
          <caption id={`${id}-caption`}>{title}</caption>
          <thead>
            <tr>
              {shown.map((column) => {
                const active = sort.by === column;
                return (
                  <th key={column} scope="col" class={column === 'name' ? undefined : 'num'} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                    <button type="button" class="sort-button" onClick={() => setSort({ by: column, descending: active ? !sort.descending : column !== 'name' })}>
                      {t(`pipeline.group.${column}`)}
                      <span aria-hidden="true">{active ? (sort.descending ? ' ↓' : ' ↑') : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row, i) => (
              <tr key={row.name}>
                <th scope="row">{row.name || t('pipeline.group.blank')}</th>
                <td class="num">{formatCount(row.deals, lang)}</td>
                <td class="num">{formatCount(row.won, lang)}</td>
                <td class="num">{row.winRate === null ? none : formatPercent(row.winRate * 100, lang, 0)}</td>
                {amounts && <td class="num">{revenue[i]}</td>}
                {amounts && <td class="num">{row.averageDeal === null ? none : average[i]}</td>}
                <td class="num">{row.medianCycleDays === null ? none : formatUnit(row.medianCycleDays, lang, 'day', 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more && (
        <p id={`${id}-more`} class="hint">
          {t(amounts ? 'pipeline.group.top' : 'pipeline.group.topByName', { shown: formatCount(listed.length, lang), n: formatCount(rows.length, lang) })}
        </p>
      )}
    </>
  );
}
