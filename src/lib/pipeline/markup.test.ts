import { describe, expect, it } from 'vitest';
import { isMarkup } from './markup';

describe('isMarkup', () => {
  it.each([
    ['a web page saved as an “Excel” report', '<html xmlns:x="urn:schemas-microsoft-com:office:excel">\n<body><table>'],
    ['one with a doctype, after a byte-order mark and blank lines', '\uFEFF\r\n  <!DOCTYPE html>\n<html>'],
    ['a bare table', '<table border="1"><tr><th>Stage</th>'],
    ['Excel 2003 XML', '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook>'],
  ])('knows %s', (_, text) => expect(isMarkup(text)).toBe(true));

  it.each([
    ['a CSV', 'Stage,Amount\nClosed Won,1000'],
    ['a CSV whose first value is in angle brackets', '<none>,Stage\n1,Won'],
    ['a CSV with a web page in a field', 'Name,Notes\nA,"<html> in a note"'],
  ])('reads %s as CSV', (_, text) => expect(isMarkup(text)).toBe(false));
});
