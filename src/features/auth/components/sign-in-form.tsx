import { useId, useRef, useState, type FormEvent } from 'react';
import { errorMessage, isApiError } from '@/lib/api-error';
import { isDemoApi } from '@/lib/config';
import { useSignIn } from '../api/sign-in';
import { DemoTokens } from './demo-tokens';

/** Token field and button; the API decides whether the token is good and says why not. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [token, setToken] = useState('');
  const [emptyError, setEmptyError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const signIn = useSignIn();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = token.trim();
    setEmptyError(value === '');
    if (value === '') return;
    signIn.mutate(value, { onSuccess: onSignedIn });
  };

  const problem = emptyError ? 'Enter your API token.' : signIn.isError ? signInProblem(signIn.error) : null;

  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor="api-token" className="block text-sm font-medium">
        API token
      </label>
      <input
        ref={input}
        id="api-token"
        type="password"
        autoComplete="current-password"
        spellCheck={false}
        value={token}
        onChange={(event) => setToken(event.target.value)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? errorId : undefined}
        className="mt-1 block w-full rounded border border-slate-300 bg-white px-2.5 py-1.5 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
      />
      <p id={errorId} role="alert" className="mt-1.5 min-h-5 text-sm text-fail">
        {problem}
      </p>
      <button
        type="submit"
        disabled={signIn.isPending}
        className="mt-2 w-full rounded bg-run px-3 py-1.5 text-sm font-medium text-white hover:bg-run/90 disabled:opacity-60"
      >
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
      {isDemoApi() ? (
        <DemoTokens
          onPick={(demoToken) => {
            setToken(demoToken);
            setEmptyError(false);
            input.current?.focus();
          }}
        />
      ) : null}
    </form>
  );
}

/** A 401 here means the token itself: say so for people, not the API's header hint. */
function signInProblem(error: unknown): string {
  if (isApiError(error) && error.status === 401)
    return 'This API token was not accepted. Check that it is complete and still valid, then try again.';
  return errorMessage(error);
}
