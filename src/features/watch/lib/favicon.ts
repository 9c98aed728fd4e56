/** The favicon with a red dot while watched failures wait to be looked at; the plain one otherwise. */
const ALERT =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0072B2"/>' +
      '<path d="M6 22h5l3-10 4 14 3-8h5" fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>' +
      '<circle cx="25" cy="7" r="6.5" fill="#D55E00" stroke="#fff" stroke-width="1.5"/></svg>',
  );

let plain: string | null = null;

export function setFaviconAlert(alert: boolean): void {
  const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!link) return;
  plain ??= link.getAttribute('href') ?? '/favicon.svg';
  const href = alert ? ALERT : plain;
  if (link.getAttribute('href') !== href) link.setAttribute('href', href);
}
