import { useMemo } from 'react';
import { describeInvisibles, revealInvisibles } from '@/lib/invisible-chars';
import { CopyButton } from './copy-button';

/**
 * A value with its invisible characters made visible: → for a tab, · for a space at either
 * end, a code-point chip for no-break spaces, zero-width and bidi characters. Each hidden
 * character stays in the text verbatim at no width (index.css, .revealed-char), so a text
 * selection copies the value as it is; the symbol is CSS content, which is never copied.
 * When something is hidden, a copy button copies the value too, and the description says what.
 */
export function RevealedText({ text, copyLabel, className }: { text: string; copyLabel: string; className?: string }) {
  const pieces = useMemo(() => revealInvisibles(text), [text]);
  const description = describeInvisibles(pieces);
  const shown = (
    <bdi className={className} title={description ? `${text}\n(${description})` : text}>
      {pieces.map((piece, index) =>
        piece.kind === 'text' ? (
          piece.text
        ) : (
          <span
            key={index}
            role="img"
            aria-label={piece.name}
            data-symbol={piece.symbol}
            data-chip={piece.chip ? '' : undefined}
            className="revealed-char"
          >
            {piece.char}
          </span>
        ),
      )}
    </bdi>
  );
  if (!description) return shown;
  return (
    <span className="flex min-w-0 items-start gap-1">
      <span className="min-w-0 flex-1">{shown}</span>
      <CopyButton value={text} label={copyLabel} />
    </span>
  );
}
