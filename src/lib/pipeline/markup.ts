/**
 * A file that is a web page or XML, not CSV: what some CRMs and older Salesforce reports write as
 * an "Excel" export (an HTML table saved as .xls), or Excel's 2003 XML spreadsheet. Read as CSV,
 * its tags would be the header ('<html xmlns:o="urn:…') and the page would ask for a stage column
 * that is there all along.
 */
const MARKUP = /^\s*<(?:\?xml|!doctype\s+html|html|head|body|table|meta)[\s>/]/i;

/** Whether the start of a file's text is the start of a web page or an XML document. */
export function isMarkup(head: string): boolean {
  return MARKUP.test(head.replace(/^\uFEFF/, ''));
}
