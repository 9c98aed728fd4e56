/** A browser's Notification whose permission counts its reads (each asks the browser process). */
function fakeNotification(permission: NotificationPermission) {
  const fake = {
    reads: 0,
    current: permission,
    get permission() {
      fake.reads++;
      return fake.current;
    },
    requestPermission: async () => fake.current,
  };
  vi.stubGlobal('Notification', fake);
  return fake;
}

/** This module fresh: its state is kept for the page's life. */
async function freshModule() {
  vi.resetModules();
  return import('./desktop-notifications');
}

describe('desktop notification state', () => {
  it('asks the browser for the permission once, not on every read', async () => {
    const browser = fakeNotification('granted');
    const { notificationState } = await freshModule();
    expect(notificationState()).toBe('off');
    const reads = browser.reads;
    for (let i = 0; i < 10; i++) expect(notificationState()).toBe('off');
    expect(browser.reads).toBe(reads);
  });

  it('reads it again when turned on or off here, and tells its listeners', async () => {
    fakeNotification('granted');
    const { notificationState, subscribeNotificationState, turnNotificationsOn, turnNotificationsOff } =
      await freshModule();
    const listener = vi.fn();
    subscribeNotificationState(listener);
    expect(notificationState()).toBe('off');
    await turnNotificationsOn();
    expect(notificationState()).toBe('on');
    turnNotificationsOff();
    expect(notificationState()).toBe('off');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("follows another tab's choice", async () => {
    fakeNotification('granted');
    const { notificationState, subscribeNotificationState } = await freshModule();
    const listener = vi.fn();
    subscribeNotificationState(listener);
    expect(notificationState()).toBe('off');
    localStorage.setItem('pipewatch.notifications', 'on');
    window.dispatchEvent(new StorageEvent('storage', { key: 'pipewatch.notifications' }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(notificationState()).toBe('on');
  });

  it("follows the browser's permission settings", async () => {
    const browser = fakeNotification('granted');
    const status = new EventTarget();
    vi.stubGlobal('navigator', { ...navigator, permissions: { query: async () => status } });
    localStorage.setItem('pipewatch.notifications', 'on');
    const { notificationState, subscribeNotificationState } = await freshModule();
    const listener = vi.fn();
    subscribeNotificationState(listener);
    expect(notificationState()).toBe('on');
    await vi.waitFor(() => {
      browser.current = 'denied';
      status.dispatchEvent(new Event('change'));
      expect(listener).toHaveBeenCalled();
    });
    expect(notificationState()).toBe('denied');
  });

  it('is unsupported without Notification', async () => {
    vi.stubGlobal('Notification', undefined);
    const { notificationState } = await freshModule();
    expect(notificationState()).toBe('unsupported');
  });
});
