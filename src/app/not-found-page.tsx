import { useLocation } from 'react-router';
import { NotFound } from '@/components/ui/not-found';

/** An address that matches no page: say which, and offer the way back. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <NotFound what="Page" back={{ to: '/pipelines', label: 'Back to pipelines' }}>
      Nothing lives at <code className="font-mono break-all">{pathname}</code>. The link may be old or mistyped.
    </NotFound>
  );
}
