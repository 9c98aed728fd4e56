import { openSignedInPage, pageNow, sleep } from '../browser.mjs';
import { recordWireStatuses } from '../cdp-statuses.mjs';
import { runPath, SCALE_RUN } from '../demo-api.mjs';
import { countCommits, markClockTicks, observeApiResponses } from '../in-page.mjs';
import { openRunPage, PARTITION_SELECTOR } from '../pages.mjs';
import { settings } from '../settings.mjs';
import { judged } from '../table.mjs';

const STATUS_FIGURE = 'a poll whose data has not changed: answered 304';
const RENDER_FIGURE = 'a poll whose data has not changed: components re-rendered';
/** A commit this close after a request starts (isFetching) or its answer lands (data) belongs to that poll. */
const AFTER_START_MS = 50;
const AFTER_END_MS = 250;
/** A commit this close after the 1 s clock fired belongs to the clock. */
const AFTER_TICK_MS = 30;

/**
 * Sorts the window's commits into the polls' (after a request starts or its answer lands),
 * the clock's ("updated N s ago", elapsed time) and others. A component that also renders
 * on the clock is not counted against the polls: only what renders because of a poll is.
 */
export function attributeCommits(commits, responses, ticks) {
  const near = (t, from, span) => t >= from && t <= from + span;
  const byPoll = (c) => responses.some((r) => near(c.at, r.start, AFTER_START_MS) || near(c.at, r.end, AFTER_END_MS));
  const byClock = (c) => !byPoll(c) && ticks.some((t) => near(c.at, t, AFTER_TICK_MS));
  const pollCommits = commits.filter(byPoll);
  const clockIds = new Set(commits.filter(byClock).flatMap((c) => c.rendered));
  const pollIds = new Set(pollCommits.flatMap((c) => c.rendered).filter((id) => !clockIds.has(id)));
  return { pollCommits, clockIds, pollIds };
}

/**
 * "2 × <span —>, <section Partitions>, …": production names are minified, so each says
 * where it renders (its first element, with the text it had when it first rendered).
 */
function describeAll(described) {
  const counts = new Map();
  for (const d of described) {
    const key = d?.hint ? `<${d.hint}>` : `${d?.name ?? '?'} (no element)`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].toSorted((a, b) => b[1] - a[1]).map(([key, n]) => (n > 1 ? `${n} × ${key}` : key));
}

export const unchangedPoll = {
  id: 'unchanged',
  needs: 'browser',
  labels: [
    [STATUS_FIGURE, 'every poll 304'],
    [RENDER_FIGURE, '0'],
  ],
  async measure({ browser, web, demo }) {
    await demo.reset();
    await demo.clock({ speed: 0 }); // frozen demo time: every answer stays the same
    const { context, page } = await openSignedInPage(browser, web, {
      initScripts: [[countCommits], [markClockTicks], [observeApiResponses, demo.origin]],
    });
    try {
      const wire = await recordWireStatuses(context, page, demo.origin);
      await openRunPage(page, web, runPath(SCALE_RUN));
      await page.locator(PARTITION_SELECTOR).first().waitFor({ timeout: 20_000 });
      await sleep(5_000); // past the first answers (200 by nature) and the lazy chart's first renders
      const from = await pageNow(page);
      wire.start();
      await sleep(settings.unchangedSeconds * 1_000);
      const statuses = wire.stop();
      const to = await pageNow(page);
      const { commits, allResponses, ticks, components } = await page.evaluate(
        ([a, b]) => ({
          commits: window.__benchCommits.filter((c) => c.at >= a && c.at <= b),
          allResponses: window.__benchResponses,
          ticks: window.__benchClockTicks,
          components: window.__benchComponents,
        }),
        [from, to],
      );
      const responses = allResponses.filter((r) => r.end >= from - AFTER_END_MS && r.start <= to);
      if (statuses.length === 0)
        throw new Error(`no GET to the API in ${settings.unchangedSeconds} s: the run page is not polling`);

      const notModified = statuses.filter((s) => s.status === 304).length;
      const others = [
        ...new Set(statuses.filter((s) => s.status !== 304).map((s) => `${s.status} ${new URL(s.url).pathname}`)),
      ];
      const { pollCommits, clockIds, pollIds } = attributeCommits(commits, responses, ticks);
      const named = describeAll([...pollIds].map((id) => components[id]));
      return [
        judged(
          STATUS_FIGURE,
          `${notModified} of ${statuses.length} polls 304`,
          'every poll 304',
          notModified === statuses.length,
          others.length ? `not 304: ${others.join(', ')}` : undefined,
        ),
        judged(
          RENDER_FIGURE,
          `${pollIds.size} (${pollCommits.length} commits after ${responses.length} answers; ${clockIds.size} clock-driven components not counted)`,
          '0',
          pollIds.size === 0,
          named.length ? `re-rendered by unchanged polls: ${named.join('; ')}` : undefined,
        ),
      ];
    } finally {
      await context.close();
    }
  },
};
