import { INGESTION_STATUSES } from '../api/get-ingestion-status';
import { ingestionStatusLook } from './ingestion-status-look';

describe('ingestionStatusLook', () => {
  it.each([
    ['NOT_STARTED', 'wait', 'Not started'],
    ['IN_PROGRESS', 'run', 'In progress'],
    ['SUCCESS', 'ok', 'Success'],
    ['ERROR', 'fail', 'Error'],
    ['PARTIAL_SUCCESS', 'warn', 'Partial success'],
    ['CANCELLED', 'wait', 'Cancelled'],
  ])('shows %s as %s "%s"', (status, tone, label) => {
    expect(ingestionStatusLook(status)).toMatchObject({ tone, label });
  });

  it('covers every status 002 lists, each with its own word and a hint', () => {
    const looks = INGESTION_STATUSES.map((s) => ingestionStatusLook(s));
    expect(looks.every((l) => l.tone !== 'unknown' && l.hint.length > 0)).toBe(true);
    expect(new Set(looks.map((l) => l.label)).size).toBe(INGESTION_STATUSES.length);
  });

  it('gives Cancelled a glyph of its own so it does not look like Not started', () => {
    expect(ingestionStatusLook('CANCELLED').glyph).toBe('cancelled');
    expect(ingestionStatusLook('NOT_STARTED').glyph).toBeUndefined();
  });

  it('shows an unknown status verbatim with the unknown tone', () => {
    expect(ingestionStatusLook('QUEUED_FOR_REINDEX')).toMatchObject({ tone: 'unknown', label: 'QUEUED_FOR_REINDEX' });
  });

  it('says so when there is no status at all', () => {
    expect(ingestionStatusLook(undefined)).toMatchObject({ tone: 'unknown', label: 'No status' });
    expect(ingestionStatusLook('')).toMatchObject({ tone: 'unknown', label: 'No status' });
  });
});
