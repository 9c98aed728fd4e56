import { useEffect } from 'react';

/** Sets the tab's title, e.g. "run_001 · Daily Customer Import · Pipewatch"; undefined while loading keeps the product name. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Pipewatch` : 'Pipewatch';
  }, [title]);
}
