import type { Polling } from '../api/pipeline-schema';

/**
 * Touch-file polling (001) in words. The compact form fits a table row in two lines;
 * the full form lists every setting for the pipeline page's header.
 */
export function pollingInterval(polling: Polling | null | undefined): string {
  if (!polling) return 'Not configured';
  if (!polling.enabled) return 'Off';
  return polling.intervalMinutes ? `Every ${polling.intervalMinutes} min` : 'On';
}

function afterProcess(polling: Polling): string | null {
  if (polling.deleteAfterProcess === true) return 'deletes touch file';
  if (polling.deleteAfterProcess === false) return 'keeps touch file';
  return null;
}

export function PollingSummary({ polling }: { polling: Polling | null | undefined }) {
  const on = polling?.enabled === true;
  const path = `${polling?.prefix ?? ''}${polling?.touchFile ?? ''}`;
  const after = polling ? afterProcess(polling) : null;
  return (
    <div className="min-w-0 text-xs leading-5">
      <p className={on ? 'font-medium' : 'text-slate-600 dark:text-slate-400'}>
        <span
          aria-hidden="true"
          className={`mr-1 inline-block h-1.5 w-1.5 rounded-full align-middle ${on ? 'bg-ok' : 'bg-wait'}`}
        />
        {pollingInterval(polling)}
        {after ? <span className="font-normal text-slate-600 dark:text-slate-400"> · {after}</span> : null}
      </p>
      {path ? (
        <p
          className="truncate font-mono text-slate-600 dark:text-slate-400"
          title={`Touch file ${polling?.touchFile ?? '—'} under prefix ${polling?.prefix ?? '—'}`}
        >
          {polling?.prefix ? <span>{polling.prefix}</span> : null}
          {polling?.touchFile ? (
            <span className={on ? 'text-slate-900 dark:text-slate-100' : undefined}>{polling.touchFile}</span>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/** Every setting, labelled, for the pipeline page. */
export function PollingDetails({ polling }: { polling: Polling | null | undefined }) {
  const every = polling?.intervalMinutes ? `every ${polling.intervalMinutes} minutes` : null;
  // Off is said once, with the interval it would use: not "Enabled: No" beside "Every 15 minutes".
  const state = !polling
    ? 'Not configured'
    : polling.enabled
      ? every
        ? `On, ${every}`
        : 'On'
      : every
        ? `Off (would check ${every})`
        : 'Off';
  const items: [string, string][] = [
    ['Polling', state],
    ['Touch file', polling?.touchFile || '—'],
    ['Prefix', polling?.prefix || '—'],
    [
      'After processing',
      polling?.deleteAfterProcess === true
        ? 'Delete touch file'
        : polling?.deleteAfterProcess === false
          ? 'Keep touch file'
          : '—',
    ],
  ];
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm sm:grid-cols-[repeat(2,auto_minmax(0,1fr))]">
      {items.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
          <dd
            className={`min-w-0 break-words ${term === 'Touch file' || term === 'Prefix' ? 'font-mono text-xs leading-5' : ''}`}
          >
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
