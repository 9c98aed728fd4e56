/**
 * Toasts without paying for them up front: sonner is loaded on the first toast (and by
 * the lazily mounted toaster), which keeps it out of the first-route JavaScript.
 */
type Tone = 'message' | 'info' | 'success' | 'warning' | 'error';

export function showToast(tone: Tone, message: string, options?: { id?: string }): void {
  void import('sonner').then(({ toast }) => {
    if (tone === 'message') toast(message, options);
    else toast[tone](message, options);
  });
}
