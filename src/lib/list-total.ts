/**
 * How many rows a list has, as a page of it says: never fewer than the rows the API has sent
 * up to the end of that page (`sentThrough`), whatever its count says (absent, negative,
 * fractional, smaller than the page), so no row it sent is left off the screen.
 */
export function listTotal(said: number | null | undefined, sentThrough: number): number {
  const stated = said !== null && said !== undefined && Number.isFinite(said) ? Math.floor(said) : 0;
  return Math.max(stated, sentThrough);
}
