import type { ValidationError } from '../api/schemas';
import { NO_FILTER } from './error-view';
import { shownRowsCsv, shownRowsFilename } from './shown-rows-csv';

const e = (row: number, column: string | null, value: string | null, error: string | null): ValidationError => ({
  row,
  column,
  value,
  error,
});

const csvOf = async (rows: ValidationError[]) => (await shownRowsCsv(rows, async () => undefined)).join('');

describe('shown rows as CSV', () => {
  it('writes the server’s header, CRLF line ends and no byte order mark', async () => {
    const text = await csvOf([e(142, 'email', 'not-an-email', 'Invalid email format')]);
    expect(text).toBe('Row,Column,Value,Error\r\n142,email,not-an-email,Invalid email format\r\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new TextEncoder().encode('Row'));
  });

  it('quotes commas, quotes and newlines (RFC 4180)', async () => {
    expect(await csvOf([e(1, 'notes', 'said "hi", left', 'a\nb'), e(2, 'name', 'x\r\ny', 'ok')])).toBe(
      'Row,Column,Value,Error\r\n1,notes,"said ""hi"", left","a\nb"\r\n2,name,"x\r\ny",ok\r\n',
    );
  });

  it('prefixes cells that start with = + - @ tab or CR with a quote (OWASP), in every column', async () => {
    const text = await csvOf([
      e(1, '=cmd', '=HYPERLINK("http://evil.example","Click")', '+1'),
      e(2, '@col', '-3', '\tx'),
      e(3, 'c', '\rRobert', '@SUM(A1:A9)'),
    ]);
    expect(text.split('\r\n').slice(1, 3)).toEqual([
      `1,'=cmd,"'=HYPERLINK(""http://evil.example"",""Click"")",'+1`,
      `2,'@col,'-3,'\tx`,
    ]);
    expect(text).toContain(`3,c,"'\rRobert",'@SUM(A1:A9)\r\n`);
  });

  it('keeps markup, right-to-left text and 10,000-character values verbatim; missing cells are empty', async () => {
    const long = 'v'.repeat(10_000);
    expect(await csvOf([e(1, null, '<img src=x onerror=alert(1)>', null), e(2, 'country', '\u200Fישראל', long)])).toBe(
      `Row,Column,Value,Error\r\n1,,<img src=x onerror=alert(1)>,\r\n2,country,\u200Fישראל,${long}\r\n`,
    );
  });

  it('writes 12,000 rows in slices, with turns for the browser between them', async () => {
    let turns = 0;
    const rows = Array.from({ length: 12_000 }, (_, i) => e(i, 'c', 'v', 'x'));
    const parts = await shownRowsCsv(rows, async () => void (turns += 1));
    expect(turns).toBe(2);
    expect(parts.join('').split('\r\n')).toHaveLength(12_002);
  });
});

describe('the shown rows’ file name', () => {
  it('is the server’s name without a filter', () => {
    expect(shownRowsFilename('run_001', NO_FILTER, null)).toBe('pipeline-run-run_001-errors.csv');
  });

  it('says the filter and sort, with any script kept and everything else one dash', () => {
    expect(
      shownRowsFilename(
        'run_001',
        { column: 'email', error: 'Invalid email format', text: ' bob@ ' },
        { key: 'row', direction: 'desc' },
      ),
    ).toBe('pipeline-run-run_001-errors-column-email-error-invalid-email-format-text-bob-by-row-desc.csv');
    expect(shownRowsFilename('r', { column: '../etc/passwd', error: 'קוד לא ידוע', text: '' }, null)).toBe(
      'pipeline-run-r-errors-column-etc-passwd-error-קוד-לא-ידוע.csv',
    );
    expect(shownRowsFilename('r', { column: '<>', error: 'x'.repeat(10_000), text: '' }, null)).toBe(
      `pipeline-run-r-errors-column-blank-error-${'x'.repeat(40)}.csv`,
    );
  });
});
