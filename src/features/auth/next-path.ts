/**
 * Where to go after signing in. Only a path inside this app: `next` comes from the URL,
 * and an attacker's link must not turn sign-in into a redirect to their site.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/pipelines';
  return next.startsWith('/sign-in') ? '/pipelines' : next;
}

export function signInPath(from: { pathname: string; search?: string; hash?: string }): string {
  const here = `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
  return here === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`;
}
