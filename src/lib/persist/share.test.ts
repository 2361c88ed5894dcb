import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, shareCodeFromHash } from './share';
import { settingsArea, worksheetsArea } from './areas';
import { defaultSettings } from '../settings';

describe('share links', () => {
  it('round-trip a state through a URL-safe code', async () => {
    const data = { ...defaultSettings(), currency: 'GBP' as const, companyName: 'Ünïcødé & 中文 <b>' };
    const code = await encodeShare(settingsArea, data);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeShare(settingsArea, code)).toEqual({ ok: true, data });
  });

  it('find the code in a fragment', () => {
    expect(shareCodeFromHash('#share=abc_-1')).toBe('abc_-1');
    expect(shareCodeFromHash('#other=1')).toBeNull();
    expect(shareCodeFromHash('')).toBeNull();
  });

  it('refuse a code made for another tool', async () => {
    const code = await encodeShare(worksheetsArea, worksheetsArea.defaults());
    expect(await decodeShare(settingsArea, code)).toEqual({ ok: false, reason: 'wrongKind' });
  });

  it.each([
    ['empty', ''],
    ['not base64', 'not base64!'],
    ['random bytes', 'AAECAwQFBgcICQ'],
  ])('say a %s code is malformed', async (_, code) => {
    expect(await decodeShare(settingsArea, code)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('say a truncated code is malformed', async () => {
    const code = await encodeShare(settingsArea, { ...defaultSettings(), companyName: 'x'.repeat(500) });
    expect(await decodeShare(settingsArea, code.slice(0, Math.floor(code.length / 2)))).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('never throw on any tampered code', async () => {
    const code = await encodeShare(settingsArea, defaultSettings());
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: code.length - 1 }), fc.constantFrom(...'AZaz09-_'), async (index, char) => {
        const tampered = code.slice(0, index) + char + code.slice(index + 1);
        const result = await decodeShare(settingsArea, tampered);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
