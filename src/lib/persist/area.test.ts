import { describe, expect, it } from 'vitest';
import { WORKBOOK_KEY_PREFIX } from './area';
import { workbookAreas } from './areas';
import { PROBE_KEY } from '../../stores/storage-survey';

// Tools wait to be used until the workbook holds something (src/scripts/hydrate-on-use.ts), which
// they tell by this prefix: an area under another key would be stored work a waiting tool ignores.
describe('workbook storage keys', () => {
  it('every area is stored under the workbook prefix, each under its own key', () => {
    for (const area of workbookAreas) expect(area.key.startsWith(WORKBOOK_KEY_PREFIX), area.key).toBe(true);
    expect(new Set(workbookAreas.map((area) => area.key)).size).toBe(workbookAreas.length);
  });

  it("storage's write check uses a key outside it, so the check never counts as stored work", () => {
    expect(PROBE_KEY.startsWith(WORKBOOK_KEY_PREFIX)).toBe(false);
  });
});
