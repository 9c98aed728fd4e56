import { filenameFromContentDisposition } from './api-client';

describe('filenameFromContentDisposition', () => {
  it("reads 001's header", () => {
    expect(filenameFromContentDisposition('attachment; filename="pipeline-run-run_001-errors.csv"')).toBe(
      'pipeline-run-run_001-errors.csv',
    );
  });

  it('reads unquoted names, any case, with other parameters around', () => {
    expect(filenameFromContentDisposition('attachment; filename=errors.csv')).toBe('errors.csv');
    expect(filenameFromContentDisposition('ATTACHMENT; FILENAME="a.csv"; size=10')).toBe('a.csv');
    expect(filenameFromContentDisposition('attachment;filename=b.csv;creation-date="x"')).toBe('b.csv');
  });

  it('prefers the RFC 5987 filename* over the plain one', () => {
    expect(
      filenameFromContentDisposition(
        `attachment; filename="fallback.csv"; filename*=UTF-8''r%C3%A9sum%C3%A9%20%E2%9C%93.csv`,
      ),
    ).toBe('résumé ✓.csv');
    expect(filenameFromContentDisposition(`attachment; filename*=utf-8'en'plain.csv`)).toBe('plain.csv');
  });

  it('falls back to the plain name when filename* is not valid percent-encoding', () => {
    expect(filenameFromContentDisposition(`attachment; filename*=UTF-8''%E0%A4%A; filename="ok.csv"`)).toBe('ok.csv');
  });

  it('unescapes quoted-pair characters and keeps semicolons inside quotes', () => {
    expect(filenameFromContentDisposition('attachment; filename="say \\"hi\\"; now.csv"')).toBe('say "hi"; now.csv');
  });

  it('never lets a server-chosen name climb out of the downloads folder', () => {
    expect(filenameFromContentDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(filenameFromContentDisposition('attachment; filename="C:\\\\Windows\\\\evil.bat"')).toBe('evil.bat');
    expect(filenameFromContentDisposition('attachment; filename=".."')).toBeNull();
    expect(filenameFromContentDisposition('attachment; filename="dir/"')).toBeNull();
  });

  it('is null without a header or a name', () => {
    expect(filenameFromContentDisposition(null)).toBeNull();
    expect(filenameFromContentDisposition('')).toBeNull();
    expect(filenameFromContentDisposition('attachment')).toBeNull();
    expect(filenameFromContentDisposition('inline; filename=""')).toBeNull();
  });
});
