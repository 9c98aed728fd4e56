/** The product mark: a pulse line, in the "running" blue. */
export function PipewatchLogo({ size = 16 }: { size?: number }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width={size}
      height={size}
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      className="shrink-0 text-run"
    >
      <path d="M1 9h3l2-5 3 9 2-4h4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
