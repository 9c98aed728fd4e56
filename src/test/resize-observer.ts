/**
 * Replaces ResizeObserver (jsdom has none) with one the test drives: `report` delivers
 * entries to the last observer created, as a browser does after a frame's layout.
 */
export function stubResizeObserver() {
  let callback: ResizeObserverCallback = () => undefined;
  const disconnect = vi.fn();
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(observed: ResizeObserverCallback) {
        callback = observed;
      }
      observe() {}
      disconnect = disconnect;
    },
  );
  return {
    report: (entries: Partial<ResizeObserverEntry>[]) =>
      callback(entries as ResizeObserverEntry[], {} as ResizeObserver),
    disconnect,
  };
}
