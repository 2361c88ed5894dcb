// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each test loads the stores afresh, after seeding storage the way a returning visitor would.
async function loadSettings() {
  vi.resetModules();
  const settings = await import('./settings');
  const notices = await import('./notices');
  const engine = await import('./storage-engine');
  // Mount the store the way an island does, so it reads storage and listens for other tabs.
  const unbind = settings.$settings.listen(() => {});
  await Promise.resolve();
  return { ...settings, ...notices, ...engine, unbind };
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('settings area store', () => {
  it('starts from defaults and saves each change as a versioned envelope', async () => {
    const { $settings, updateSettings } = await loadSettings();
    expect($settings.get().currency).toBe('USD');
    updateSettings({ currency: 'CNY', companyName: '星河' });
    expect(JSON.parse(localStorage.getItem('pw:settings')!)).toEqual({
      v: 2,
      data: { currency: 'CNY', companyName: '星河', preparedBy: '', periodStart: '' },
    });
  });

  it('reads back what a previous visit saved', async () => {
    localStorage.setItem('pw:settings', '{"v":2,"data":{"currency":"EUR","companyName":"Acme"}}');
    const { $settings } = await loadSettings();
    expect($settings.get()).toMatchObject({ currency: 'EUR', companyName: 'Acme' });
  });

  it.each(['{"v":2,"data":{"curr', 'NaN', '[]', '{"__proto__":{"x":1}}', '{"v":2,"data":{"companyName":42}}'])(
    'works on defaults for %s, keeps the raw text aside and says so once',
    async (raw) => {
      localStorage.setItem('pw:settings', raw);
      const { $settings, $notices } = await loadSettings();
      await Promise.resolve();
      expect($settings.get().currency).toBe('USD');
      expect(localStorage.getItem('pw:settings:corrupt')).toBe(raw);
      expect($notices.get()).toEqual([
        { id: 'pw:settings:corrupt', kind: 'corrupt', area: 'settings', copyKey: 'pw:settings:corrupt' },
      ]);
      // The unreadable value was replaced, so the next visit is not told again.
      expect(JSON.parse(localStorage.getItem('pw:settings')!).v).toBe(2);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    },
  );

  it('never replaces a copy already set aside: a second unreadable value is left untouched and nothing is saved over it', async () => {
    localStorage.setItem('pw:settings:corrupt', '{"v":2,"data":{"companyName":"First');
    localStorage.setItem('pw:settings', '{"v":2,"data":{"compa');
    const { $notices, updateSettings, $saveFailures } = await loadSettings();
    await Promise.resolve();
    expect($notices.get().map((n) => n.kind)).toEqual(['unrecoverable']);
    updateSettings({ companyName: 'Typed' });
    expect(localStorage.getItem('pw:settings:corrupt')).toBe('{"v":2,"data":{"companyName":"First');
    expect(localStorage.getItem('pw:settings')).toBe('{"v":2,"data":{"compa');
    expect($saveFailures.get()).toEqual({ 'pw:settings': 'protected' });
  });

  it('upgrades a stored older version and stores it in the current one', async () => {
    localStorage.setItem('pw:settings', '{"v":1,"data":{"currency":"PLN","company":"Kawa"}}');
    const { $settings, $notices } = await loadSettings();
    await Promise.resolve();
    expect($settings.get()).toMatchObject({ currency: 'PLN', companyName: 'Kawa' });
    expect(JSON.parse(localStorage.getItem('pw:settings')!).v).toBe(2);
    expect($notices.get().map((n) => n.kind)).toEqual(['migrated']);
  });

  it('never overwrites a value written by a newer version', async () => {
    const newer = '{"v":99,"data":{"currency":"USD","companyName":"Future"}}';
    localStorage.setItem('pw:settings', newer);
    const { $settings, $notices, $saveFailures, updateSettings } = await loadSettings();
    updateSettings({ companyName: 'Edited here' });
    expect($settings.get().companyName).toBe('Edited here');
    expect(localStorage.getItem('pw:settings')).toBe(newer);
    expect($notices.get().map((n) => n.kind)).toEqual(['newer']);
    expect($saveFailures.get()).toEqual({ 'pw:settings': 'protected' });
  });

  it('keeps editing in memory when the disk is full, and clears the failure after a good write', async () => {
    const { $settings, $saveFailures, updateSettings } = await loadSettings();
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    updateSettings({ companyName: 'Not saved yet' });
    expect($settings.get().companyName).toBe('Not saved yet');
    expect($saveFailures.get()).toEqual({ 'pw:settings': 'quota' });

    setItem.mockRestore();
    updateSettings({ companyName: 'Saved now' });
    expect($saveFailures.get()).toEqual({});
    expect(JSON.parse(localStorage.getItem('pw:settings')!).data.companyName).toBe('Saved now');
  });

  it('keeps working when storage throws on every access', async () => {
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const spies = [vi.spyOn(localStorage, 'getItem').mockImplementation(denied), vi.spyOn(localStorage, 'setItem').mockImplementation(denied)];
    const { $settings, $saveFailures, updateSettings } = await loadSettings();
    updateSettings({ currency: 'JPY' });
    expect($settings.get().currency).toBe('JPY');
    expect($saveFailures.get()).toEqual({ 'pw:settings': 'unavailable' });
    for (const spy of spies) spy.mockRestore();
  });

  it('follows a change made in another tab', async () => {
    const { $settings } = await loadSettings();
    const newValue = '{"v":2,"data":{"currency":"GBP","companyName":"Other tab"}}';
    localStorage.setItem('pw:settings', newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: 'pw:settings', newValue }));
    expect($settings.get()).toMatchObject({ currency: 'GBP', companyName: 'Other tab' });
  });

  it('starts afresh from the page language’s currency when the stored settings cannot be read', async () => {
    document.documentElement.lang = 'pl';
    localStorage.setItem('pw:settings', '{not json');
    try {
      const { $settings, $notices } = await loadSettings();
      expect($settings.get()).toEqual({ currency: 'PLN', companyName: '', preparedBy: '', periodStart: '' });
      // The unreadable copy is kept aside and said, as for every area.
      expect($notices.get().map((n) => n.kind)).toEqual(['corrupt']);
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('resets to what a first visit in the page’s language has: its currency, not the dollar', async () => {
    document.documentElement.lang = 'pl';
    try {
      const { $settings, updateSettings, settingsStore } = await loadSettings();
      expect($settings.get().currency).toBe('PLN');
      updateSettings({ currency: 'EUR', companyName: 'Ważna' });
      settingsStore.reset();
      expect($settings.get()).toEqual({ currency: 'PLN', companyName: '', preparedBy: '', periodStart: '' });
    } finally {
      document.documentElement.lang = '';
    }
  });
});
