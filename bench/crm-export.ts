// The bench's CRM export: a Salesforce-shaped file, the same every time, for the pipeline's timings.
import { writeFileSync } from 'node:fs';

export const STAGES = ['Lead', 'MQL', 'SQL', 'Opportunity', 'Won'];
const stages = ['Prospecting', 'Qualification', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost'];
const owners = ['Ann Lee', 'Bo Chen', 'Carla Díaz', 'Dev Patel', 'Eva Nowak', 'Femi Ade', 'Gus Berg', 'Hana Ito'];

/** A Salesforce-shaped export of `rows` rows, the same every time (a fixed linear congruence). */
export function exportText(rows: number): string {
  const lines = ['Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date,Created Date,Opportunity Owner,Lead Source,Product'];
  let x = 12345;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < rows; i++) {
    const created = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 700) * 86_400_000);
    const closed = new Date(created.getTime() + Math.floor(next() * 120) * 86_400_000);
    const us = (d: Date) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
    lines.push(
      `006${i.toString(36).padStart(12, '0')},"Account ${i % 5000} - New business",Account ${i % 5000} Ltd,${stages[Math.floor(next() * 6)]},${(1000 + Math.floor(next() * 90_000)).toFixed(2)},${us(closed)},${us(created)},${owners[i % 8]},Web,Platform`,
    );
  }
  return lines.join('\r\n');
}

/** A million rows of the same export, written in ten parts (one header) to `file`. */
export function writeMillionRows(file: string): void {
  for (let part = 0, header = true; part < 10; part++, header = false) {
    const chunk = exportText(100_000);
    writeFileSync(file, header ? chunk : `\r\n${chunk.slice(chunk.indexOf('\r\n') + 2)}`, { flag: header ? 'w' : 'a' });
  }
}
