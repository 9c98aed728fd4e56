/**
 * Scripts the bench runs inside the page (Playwright serialises them), before the app's
 * own code. Each must be self-contained.
 */

/** The app reads its token from sessionStorage under this key (src/lib/session.ts). */
export function setSessionToken({ origin, token }) {
  if (location.origin === origin) sessionStorage.setItem('pipewatch.token', token);
}

export function observeLongTasks() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Headless Chromium never hides a page (a second tab in front, a minimised window and
 * focus emulation all leave visibilityState "visible"), so the bench overrides what the
 * page reads and fires the event a real tab switch fires. Timers keep full speed, which
 * makes the figure stricter than a real hidden tab, where Chromium also throttles them.
 */
export function overrideVisibility() {
  let hidden = false;
  Object.defineProperty(Document.prototype, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => hidden });
  window.__benchSetHidden = (next) => {
    hidden = next;
    // As the browser does: it bubbles, so listeners on window hear it too (TanStack Query's do).
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  };
}

/**
 * Counts which components render in each React commit, through the hook React DevTools
 * uses: production React calls it on every commit, while <Profiler onRender> is compiled
 * out of production builds (it needs react-dom/profiling). A component rendered in a
 * commit when it is new, or when React set its PerformedWork flag (1) while rendering it;
 * subtrees React did not visit keep their old child pointers and are skipped, as DevTools does.
 */
export function countCommits() {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const ids = new WeakMap();
  let nextId = 1;
  const commits = [];
  window.__benchCommits = commits;
  /** id → { name, hint }: names are minified in a production build, the hint says where it renders. */
  const components = {};
  window.__benchComponents = components;

  /** One description per component type, taken the first time it renders (textContent is not free). */
  function describe(fiber) {
    const known = ids.get(fiber.type);
    if (known) return known;
    const type = fiber.type?.type ?? fiber.type?.render ?? fiber.type;
    let host = fiber.child;
    while (host && typeof host.type !== 'string') host = host.child;
    const el = host?.stateNode;
    const hint = el?.getAttribute
      ? [
          el.tagName.toLowerCase(),
          el.getAttribute('role'),
          el.getAttribute('aria-label'),
          (el.textContent ?? '').trim().slice(0, 40),
        ]
          .filter(Boolean)
          .join(' ')
      : '';
    const description = { id: nextId++, name: type?.displayName ?? type?.name ?? 'anonymous', hint };
    ids.set(fiber.type, description);
    components[description.id] = description;
    return description;
  }

  function walk(fiber, mounted, rendered) {
    for (let node = fiber; node; node = node.sibling) {
      const prev = mounted ? null : node.alternate;
      if (COMPONENT_TAGS.has(node.tag) && (prev === null || (node.flags & 1) === 1)) rendered.push(describe(node));
      if (prev === null) walk(node.child, true, rendered);
      else if (node.child !== prev.child) walk(node.child, false, rendered);
    }
  }

  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      const id = this.renderers.size + 1;
      this.renderers.set(id, renderer);
      return id;
    },
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      const rendered = [];
      const { current } = root;
      if (!current.alternate || current.child !== current.alternate.child) walk(current.child, false, rendered);
      commits.push({ at: performance.now(), rendered: rendered.map((d) => d.id) });
    },
  };
}

/**
 * Keeps every resource timing of the API origin: the performance buffer stops at 250
 * entries, which a page polling every 2 s fills in minutes, but an observer sees them all.
 */
export function observeApiResponses(apiOrigin) {
  window.__benchResponses = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name.startsWith(apiOrigin)) {
        window.__benchResponses.push({ url: e.name, start: e.startTime, end: e.responseEnd, status: e.responseStatus });
      }
    }
  }).observe({ type: 'resource', buffered: true });
}

/**
 * Notes when a 1 s interval fires: the app's shared clock (useNow(1000)) ticks "updated
 * N s ago" and elapsed times with one, so a commit right after it is the clock's, not a poll's.
 */
export function markClockTicks() {
  const nativeSetInterval = window.setInterval;
  window.__benchClockTicks = [];
  window.setInterval = function setInterval(callback, ms, ...args) {
    if (ms !== 1000 || typeof callback !== 'function') return nativeSetInterval.call(window, callback, ms, ...args);
    return nativeSetInterval.call(
      window,
      (...params) => {
        window.__benchClockTicks.push(performance.now());
        callback(...params);
      },
      ms,
      ...args,
    );
  };
}
