/** A Han character, and a Latin letter: where the two meet, Chinese typography puts a space. */
export const HAN = /\p{Script=Han}/u;
export const LATIN = /[A-Za-z]/;

/**
 * Fills `{name}` placeholders; unknown placeholders are left visible so they get noticed.
 * A value that begins or ends with a Latin letter next to a Han character of the template gets
 * a space there, so "重置{area}" with "SLA" reads "重置 SLA" while "重置{area}" with "漏斗"
 * stays "重置漏斗".
 */
export function interpolate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string, offset: number) => {
    if (!Object.hasOwn(vars, name)) return whole;
    const value = String(vars[name]);
    if (value === '') return value;
    const before = template[offset - 1] ?? '';
    const after = template[offset + whole.length] ?? '';
    const lead = HAN.test(before) && LATIN.test(value[0]!) ? ' ' : '';
    const trail = HAN.test(after) && LATIN.test(value[value.length - 1]!) ? ' ' : '';
    return `${lead}${value}${trail}`;
  });
}
