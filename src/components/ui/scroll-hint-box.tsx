import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

type Axis = 'x' | 'y';

const FADE: Record<Axis, string> = {
  y: 'inset-x-0 bottom-0 h-8 bg-gradient-to-t',
  x: 'inset-y-0 right-0 w-8 bg-gradient-to-l',
};

/** How far the box can still scroll along the axis, and whether it can scroll at all. */
function measure(box: HTMLElement, axis: Axis) {
  return axis === 'y'
    ? {
        overflows: box.scrollHeight > box.clientHeight + 1,
        more: box.scrollHeight - box.scrollTop - box.clientHeight > 1,
      }
    : {
        overflows: box.scrollWidth > box.clientWidth + 1,
        more: box.scrollWidth - box.scrollLeft - box.clientWidth > 1,
      };
}

/**
 * A box that may scroll inside (where `className` lets it) and then says so: a fade over the
 * edge while more lies beyond it, and a line of text under it, so a phone user knows the box
 * holds more than it shows. Nothing is added while everything fits. A box that overflows
 * takes keyboard focus, so arrow keys scroll it too.
 */
export function ScrollHintBox({
  className,
  hint,
  axis = 'y',
  children,
}: {
  className: string;
  hint: string;
  axis?: Axis;
  children: ReactNode;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState({ overflows: false, more: false });

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const check = () =>
      setState((old) => {
        const next = measure(box, axis);
        return old.overflows === next.overflows && old.more === next.more ? old : next;
      });
    box.addEventListener('scroll', check, { passive: true });
    // The content can grow without this component rendering (the partition grid writes its own cells).
    // The observer also reports the first size, once the browser has laid the page out anyway:
    // measuring here, in the commit, made it lay out a thousand-row page twice (130 ms).
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(check);
    if (observer) {
      observer.observe(box);
      if (box.firstElementChild) observer.observe(box.firstElementChild);
    } else check();
    return () => {
      box.removeEventListener('scroll', check);
      observer?.disconnect();
    };
  }, [axis]);

  return (
    <div className="min-w-0">
      <div className="relative">
        {/* relative: an absolutely placed descendant (an sr-only text) scrolls with the box instead of widening the page. */}
        <div
          ref={boxRef}
          className={`relative ${className}`}
          tabIndex={axis === 'x' && state.overflows ? 0 : undefined}
        >
          {children}
        </div>
        {state.more ? (
          <div
            aria-hidden="true"
            className={`pointer-events-none absolute from-white to-transparent dark:from-slate-900 ${FADE[axis]}`}
          />
        ) : null}
      </div>
      {state.overflows ? (
        <p className="mt-1 flex items-center gap-1 text-xs text-slate-600 dark:text-slate-300">
          <svg
            viewBox="0 0 10 10"
            width="10"
            height="10"
            aria-hidden="true"
            className={axis === 'x' ? '-rotate-90' : ''}
          >
            <path d="M2 3.5l3 3 3-3" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
