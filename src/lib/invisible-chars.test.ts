import { describeInvisibles, revealInvisibles, type Piece } from './invisible-chars';

const joined = (pieces: readonly Piece[]) => pieces.map((p) => (p.kind === 'text' ? p.text : p.char)).join('');
const shown = (pieces: readonly Piece[]) => pieces.map((p) => (p.kind === 'text' ? p.text : `[${p.symbol}]`)).join('');

describe('revealInvisibles', () => {
  it('leaves an ordinary value as one piece of text', () => {
    expect(revealInvisibles('42')).toEqual([{ kind: 'text', text: '42' }]);
    expect(revealInvisibles('said "hi", left')).toEqual([{ kind: 'text', text: 'said "hi", left' }]);
    expect(revealInvisibles('')).toEqual([]);
  });

  it('shows a tab as an arrow and a carriage return as a chip; a line break shows for itself', () => {
    expect(shown(revealInvisibles('\t42'))).toBe('[→]42');
    expect(shown(revealInvisibles('\r\nRobert'))).toBe('[U+000D]\nRobert');
  });

  it('marks spaces at either end, not between words', () => {
    const pieces = revealInvisibles('  42 and 43 ');
    expect(shown(pieces)).toBe('[·][·]42 and 43[·]');
    expect(pieces.filter((p) => p.kind === 'hidden').map((p) => p.kind === 'hidden' && p.name)).toEqual([
      'leading space',
      'leading space',
      'trailing space',
    ]);
    expect(shown(revealInvisibles('   '))).toBe('[·][·][·]');
  });

  it('shows no-break spaces, zero-width characters and bidi controls as code-point chips', () => {
    expect(shown(revealInvisibles('42\u200F'))).toBe('42[U+200F]');
    expect(shown(revealInvisibles('4\u00A02'))).toBe('4[U+00A0]2');
    expect(shown(revealInvisibles('\uFEFF42'))).toBe('[U+FEFF]42');
    for (const c of ['\u200B', '\u200C', '\u200E', '\u202A', '\u202E', '\u2066', '\u2069']) {
      const [piece] = revealInvisibles(c);
      expect(piece).toMatchObject({ kind: 'hidden', char: c, chip: true });
    }
    expect(revealInvisibles('a\u2070b')).toEqual([{ kind: 'text', text: 'a\u2070b' }]);
  });

  it('keeps a joiner that builds an emoji, and marks one between letters', () => {
    expect(revealInvisibles('🏴\u200D☠️')).toEqual([{ kind: 'text', text: '🏴\u200D☠️' }]);
    expect(shown(revealInvisibles('4\u200D2'))).toBe('4[U+200D]2');
  });

  it('joins back to the exact value', () => {
    for (const value of ['\t42', ' 42 ', '\u200Fישראל', '🏴\u200D☠️', '\r\nRobert', 'a\u00A0b\u202Ec\uFEFF', '💸 ']) {
      expect(joined(revealInvisibles(value))).toBe(value);
    }
  });
});

describe('describeInvisibles', () => {
  it('names each kind of hidden character once, for people', () => {
    expect(describeInvisibles(revealInvisibles('\t4\t2\u200F'))).toBe('contains a tab, a right-to-left mark');
    expect(describeInvisibles(revealInvisibles('42 '))).toBe('contains a trailing space');
    expect(describeInvisibles(revealInvisibles('42'))).toBeNull();
  });
});
