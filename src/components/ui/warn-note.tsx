import type { ReactNode } from 'react';
import { StatusIcon } from './status-icon';

const BOXED = 'rounded border border-warn/50 bg-warn/15 font-medium text-slate-900 dark:bg-warn/20 dark:text-slate-100';

const LOOK = {
  /** A line among others (a phase's counts). */
  line: 'flex items-start gap-1 text-slate-700 dark:text-slate-300',
  /** Beside other facts in a header. */
  badge: `inline-flex items-center gap-1 px-1.5 py-0.5 text-sm ${BOXED}`,
  /** A paragraph of its own (a dialog). */
  block: `flex gap-2 p-2 ${BOXED}`,
} as const;

/** A warning in words beside the warning icon: never by colour alone. */
export function WarnNote({
  look,
  className = '',
  children,
}: {
  look: keyof typeof LOOK;
  className?: string;
  children: ReactNode;
}) {
  const Element = look === 'block' ? 'p' : 'span';
  return (
    <Element className={`${LOOK[look]} ${className}`}>
      <span className={`text-warn ${look === 'block' ? 'mt-0.5' : ''}`}>
        <StatusIcon tone="warn" />
      </span>
      {children}
    </Element>
  );
}
