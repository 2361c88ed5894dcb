import type { SlaBlock, SlaCell, SlaDocument, SlaText } from './document-model';
import { escapeBlockText, escapeCellText, escapeHeadingText } from './markdown-escape';

/**
 * The SLA document as CommonMark with GFM tables, for the Markdown download. Every piece of
 * text (user text, and our labels too) goes through markdown-escape.ts, so a renderer shows it
 * literally; the only markup is ours: headings, lists, tables, `**` around field labels, `*`
 * around the "Not agreed yet" placeholder and `<br>` for a line break inside a table cell.
 */

export interface SlaMarkdownOptions {
  /** What follows a field's label: ': ' (the default) in English, '：' in Chinese (see `sla.markdown.fieldSeparator`). */
  fieldSeparator?: ': ' | '：';
}

export function slaDocumentToMarkdown(document: SlaDocument, options: SlaMarkdownOptions = {}): string {
  const separator = options.fieldSeparator ?? ': ';
  const out: string[] = [`# ${escapeHeadingText(document.title)}`];
  for (const section of document.sections) {
    out.push(`## ${escapeHeadingText(section.heading)}`);
    let previous = null as ListStyle | null;
    for (const block of section.blocks) {
      // Two lists in a row with the same marker would merge into one: switch marker instead.
      const kind = listKind(block);
      const style: ListStyle | null = kind && { kind, alternate: !block.label && previous?.kind === kind && !previous.alternate };
      out.push(...blockToMarkdown(block, style, separator));
      previous = style;
    }
  }
  return `${out.join('\n\n')}\n`;
}

interface ListStyle {
  kind: 'bullet' | 'ordered';
  alternate: boolean;
}

function listKind(block: SlaBlock): ListStyle['kind'] | null {
  if (block.kind === 'fields') return 'bullet';
  if (block.kind === 'list') return block.ordered ? 'ordered' : 'bullet';
  return null;
}

/** A value in a paragraph or list item (`indent` keeps continuation lines inside the item). */
function blockValue(value: SlaText, indent = ''): string {
  return value.empty ? placeholder(value) : escapeBlockText(value.text, indent);
}

function placeholder(value: SlaText): string {
  return `*${escapeHeadingText(value.text)}*`;
}

function cell(value: SlaCell): string {
  if (value.kind === 'list') return value.items.map((item) => `• ${escapeCellText(item.text)}`).join('<br>');
  return value.empty ? placeholder(value) : escapeCellText(value.text);
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function blockToMarkdown(block: SlaBlock, style: ListStyle | null, separator: string): string[] {
  const out = block.label ? [`### ${escapeHeadingText(block.label)}`] : [];
  const bullet = style?.alternate ? '*' : '-';
  switch (block.kind) {
    case 'paragraph':
      out.push(blockValue(block.value));
      break;
    case 'fields':
      out.push(block.fields.map((f) => `${bullet} **${escapeHeadingText(f.label)}**${separator}${blockValue(f.value, '  ')}`).join('\n'));
      break;
    case 'list':
      out.push(block.items.map((item, i) => {
        const marker = block.ordered ? `${i + 1}${style?.alternate ? ')' : '.'}` : bullet;
        return `${marker} ${blockValue(item, ' '.repeat(marker.length + 1))}`;
      }).join('\n'));
      break;
    case 'table':
      out.push([
        row(block.columns.map(escapeCellText)),
        row(block.columns.map(() => '---')),
        ...block.rows.map((cells) => row(cells.map(cell))),
      ].join('\n'));
      break;
  }
  return out;
}
