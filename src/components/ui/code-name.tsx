import { Fragment } from 'react';

/**
 * A code such as DATA_SOURCE_UNAVAILABLE that wraps only after its underscores, never inside
 * a word ("DATA_/SOURC/E" reads as three codes). A word longer than its cell widens the cell
 * rather than breaking.
 */
export function CodeName({ code, className = '' }: { code: string; className?: string }) {
  const words = code.split(/(?<=_)/);
  return (
    <span className={`wrap-normal break-normal ${className}`}>
      {words.map((word, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {word}
        </Fragment>
      ))}
    </span>
  );
}
