import { describe, expect, it } from 'vitest';
import { isolate } from './bidi';

describe('isolate', () => {
  it('wraps text in FSI … PDI, so an override inside ends where the name ends', () => {
    expect(isolate('\u202Eevil')).toBe('\u2068\u202Eevil\u2069');
    expect(isolate('مرحبا')).toBe('\u2068مرحبا\u2069');
  });
  it('keeps empty text empty between the marks', () => {
    expect(isolate('')).toBe('\u2068\u2069');
  });
});
