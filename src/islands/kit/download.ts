/**
 * Offers text to the user as a file download. A CSV starts with a byte-order mark: without one,
 * Excel reads a UTF-8 file in the system's code page, and Chinese or Polish text turns to noise.
 */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const body = type === 'text/csv' && !text.startsWith('\uFEFF') ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "planning-workbook-2026-11-22.json": the day it is where the user is (in Taipei at 07:30, not yesterday's UTC date). */
export function datedFilename(stem: string, extension: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${stem}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
