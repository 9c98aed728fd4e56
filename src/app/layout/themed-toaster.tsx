import { useSyncExternalStore } from 'react';
import { Toaster } from 'sonner';
import { getResolvedTheme, subscribeTheme } from '../theme';

/** Toasts for actions (a retry that failed, a session that ended), in the current theme. */
export function ThemedToaster() {
  const theme = useSyncExternalStore(subscribeTheme, getResolvedTheme);
  return <Toaster theme={theme} position="bottom-right" closeButton richColors />;
}
