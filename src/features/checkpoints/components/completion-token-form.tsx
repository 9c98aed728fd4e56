import { useId, useState, type FormEvent } from 'react';

interface CompletionTokenFormProps {
  initialToken: string;
  busy: boolean;
  onCheck: (token: string) => void;
  /** The field was empty on Check: the result of an earlier token no longer answers anything. */
  onEmpty: () => void;
}

/** The "Completion token" field and its "Check" button (names fixed by DESIGN.md). */
export function CompletionTokenForm({ initialToken, busy, onCheck, onEmpty }: CompletionTokenFormProps) {
  const id = useId();
  const [value, setValue] = useState(initialToken);
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const token = value.trim();
    if (token === '') {
      setProblem('Paste a completion token first.');
      onEmpty();
      return;
    }
    setProblem(null);
    onCheck(token);
  }

  return (
    <form onSubmit={submit} className="max-w-2xl space-y-1" noValidate>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700 dark:text-slate-300">
        Completion token
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          name="token"
          type="text"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs focus-visible:outline-2 focus-visible:outline-run dark:border-slate-700 dark:bg-slate-900"
        />
        <button
          type="submit"
          aria-busy={busy || undefined}
          className="rounded border border-run bg-run px-3 py-1 text-sm font-medium text-white hover:bg-run/90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-run"
        >
          Check
        </button>
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="text-xs text-fail">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
