const DEMO_TOKENS = [
  { token: 'demo-admin', role: 'admin' },
  { token: 'demo-editor', role: 'editor' },
  { token: 'demo-viewer', role: 'viewer' },
] as const;

/** The demo API's tokens, one click to fill in: nobody has to look them up. */
export function DemoTokens({ onPick }: { onPick: (token: string) => void }) {
  return (
    <div className="mt-5 border-t border-slate-200 pt-4 dark:border-slate-800">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        This is the built-in demo API. Pick a demo token to fill in:
      </p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {DEMO_TOKENS.map(({ token, role }) => (
          <li key={token}>
            <button
              type="button"
              onClick={() => onPick(token)}
              className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              <span className="font-mono">{token}</span>{' '}
              <span className="text-slate-500 dark:text-slate-400">({role})</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
