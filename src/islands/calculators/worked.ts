/** Fills a worked formula's `{quantity}` placeholders with formatted figures; unknown ones stay visible. */
export function fillWorked(template: string, formatted: (id: string) => string | null): string {
  return template.replace(/\{(\w+)\}/g, (whole, id: string) => formatted(id) ?? whole);
}
