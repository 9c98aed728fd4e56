import { useNavigate, useSearchParams } from 'react-router';
import { PipewatchLogo } from '@/components/ui/pipewatch-logo';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { SignInForm } from './components/sign-in-form';
import { safeNextPath } from './next-path';

/** The way in; `next` (set when a page sent the user here) says where to go back to. */
export function SignInPage() {
  useDocumentTitle('Sign in');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return (
    <main id="main" className="flex min-h-dvh items-start justify-center px-4 pt-[12vh]">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <h1 className="flex items-center gap-2 text-lg font-semibold">
          <PipewatchLogo size={18} />
          Sign in to Pipewatch
        </h1>
        <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
          Paste the API token your team gave you. It stays in this tab only and is forgotten when you close it.
        </p>
        <SignInForm onSignedIn={() => void navigate(safeNextPath(params.get('next')), { replace: true })} />
      </div>
    </main>
  );
}
