/**
 * Characters a person cannot see in a value, found so the value can be shown with them
 * made visible: "\t42" or "42\u200F" must not look like a valid "42".
 */
export type Piece =
  | { kind: 'text'; text: string }
  /** One hidden character: `char` verbatim (for copying), `symbol` to show, `name` to say. */
  | { kind: 'hidden'; char: string; symbol: string; name: string; chip: boolean };

interface Look {
  symbol: string;
  name: string;
  /** Shown as a small chip with the code point, rather than as a symbol in the text. */
  chip: boolean;
}

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const NAMES: Record<string, string> = {
  '\r': 'carriage return',
  '\u00A0': 'no-break space',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\uFEFF': 'zero-width no-break space (byte order mark)',
};

// An emoji, or what may follow one inside a sequence (variation selector, skin tone).
const PICTOGRAPH = /\p{Extended_Pictographic}|\uFE0F|\p{Emoji_Modifier}/u;

/** What a character looks like when made visible, or null when it shows for itself. */
function lookOf(chars: readonly string[], index: number, ends: { lead: number; trail: number }): Look | null {
  const char = chars[index] ?? '';
  // → rather than ␉: every font has the arrow, few have the control pictures.
  if (char === '\t') return { symbol: '→', name: 'tab', chip: false };
  if (char === ' ') {
    // Spaces between words are normal; at either end they change the value unseen.
    if (index < ends.lead) return { symbol: '·', name: 'leading space', chip: false };
    if (index >= ends.trail) return { symbol: '·', name: 'trailing space', chip: false };
    return null;
  }
  const name = NAMES[char];
  if (name === undefined) return null;
  // A joiner between two emoji builds one emoji (🏴‍☠️): it is part of what is seen.
  if (char === '\u200D' && PICTOGRAPH.test(chars[index - 1] ?? '') && PICTOGRAPH.test(chars[index + 1] ?? ''))
    return null;
  return { symbol: codePoint(char), name, chip: true };
}

/** The value cut into visible text and hidden characters, in order; joined back it is the value. */
export function revealInvisibles(value: string): Piece[] {
  const chars = Array.from(value);
  let lead = 0;
  while (lead < chars.length && chars[lead] === ' ') lead++;
  let trail = chars.length;
  // A value of spaces only: every one of them is leading.
  while (trail > lead && chars[trail - 1] === ' ') trail--;
  const ends = { lead, trail };
  const pieces: Piece[] = [];
  let text = '';
  chars.forEach((char, index) => {
    const look = lookOf(chars, index, ends);
    if (!look) {
      text += char;
      return;
    }
    if (text) pieces.push({ kind: 'text', text });
    text = '';
    pieces.push({ kind: 'hidden', char, ...look });
  });
  if (text) pieces.push({ kind: 'text', text });
  return pieces;
}

/** "contains a tab, a right-to-left mark", or null when nothing is hidden: a description for people. */
export function describeInvisibles(pieces: readonly Piece[]): string | null {
  const names = [...new Set(pieces.flatMap((p) => (p.kind === 'hidden' ? [p.name] : [])))];
  return names.length === 0 ? null : `contains ${names.map((n) => `a ${n}`).join(', ')}`;
}
