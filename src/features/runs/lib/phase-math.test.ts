import {
  documentErrorPhase,
  documentTotals,
  isPipelineScoped,
  phaseCountsText,
  phaseOvercountNote,
  phaseSegments,
  pipelinePhaseStatus,
} from './phase-math';

const phase = (completed: number, running: number, pending: number, errors: number) => ({
  phaseId: 'p',
  completed,
  running,
  pending,
  errors,
});
const widths = (segments: { width: number }[]) => segments.map((s) => Math.round(s.width * 100) / 100);

describe('phaseSegments', () => {
  it('spans the run documents', () => {
    expect(widths(phaseSegments(phase(15, 2, 7, 0), 24))).toEqual([62.5, 8.33, 29.17, 0]);
    expect(widths(phaseSegments(phase(24, 0, 0, 0), 24))).toEqual([100, 0, 0, 0]);
  });

  it('never runs past the end when the counters add up to more than the documents (003 extraction: 30 of 24)', () => {
    const segments = phaseSegments(phase(23, 6, 0, 1), 24);
    expect(segments.map((s) => s.count)).toEqual([23, 6, 0, 1]);
    expect(segments.reduce((sum, s) => sum + s.width, 0)).toBeCloseTo(100);
    expect(widths(segments)).toEqual([76.67, 20, 0, 3.33]);
  });

  it('leaves room for documents not yet counted by a phase', () => {
    const segments = phaseSegments(phase(5, 0, 0, 0), 20);
    expect(segments.reduce((sum, s) => sum + s.width, 0)).toBe(25);
  });

  it('is empty, not NaN, with zero documents or broken counters', () => {
    expect(widths(phaseSegments(phase(0, 0, 0, 0), 0))).toEqual([0, 0, 0, 0]);
    expect(widths(phaseSegments(phase(-3, Number.NaN, 2, 0), Number.NaN))).toEqual([0, 0, 100, 0]);
  });
});

describe('pipeline-scoped phases', () => {
  it('are recognised by scope and shown by status, null meaning waiting', () => {
    expect(isPipelineScoped({ scope: 'pipeline' })).toBe(true);
    expect(isPipelineScoped({ scope: null })).toBe(false);
    expect(pipelinePhaseStatus(null)).toBe('waiting');
    expect(pipelinePhaseStatus('running')).toBe('running');
    expect(pipelinePhaseStatus('partially_completed')).toBe('partially completed');
  });
});

describe('phaseCountsText', () => {
  it('names every counter', () => {
    expect(phaseCountsText(phase(23, 6, 0, 1))).toBe('23 completed · 6 running · 0 pending · 1 error');
    expect(phaseCountsText(phase(0, 0, 24, 2))).toBe('0 completed · 0 running · 24 pending · 2 errors');
  });
});

describe('documentTotals', () => {
  it('counts what is done and what is still moving (003: 15 + 1 of 24)', () => {
    expect(documentTotals({ totalDocuments: 24, completedDocuments: 15, errorDocuments: 1 })).toEqual({
      completed: 15,
      errored: 1,
      total: 24,
      inFlight: 8,
      percentDone: 67,
      done: false,
    });
  });

  it('is done when completed plus errored reaches the total, and not for an empty run', () => {
    expect(documentTotals({ totalDocuments: 24, completedDocuments: 23, errorDocuments: 1 }).done).toBe(true);
    expect(documentTotals({ totalDocuments: 0, completedDocuments: 0, errorDocuments: 0 })).toMatchObject({
      done: false,
      percentDone: 0,
      inFlight: 0,
    });
  });
});

describe('documentErrorPhase', () => {
  const phases = [{ phaseId: 'extraction', name: 'Extraction' }];

  it('names the phase, or says the document failed before any phase', () => {
    expect(documentErrorPhase('extraction', phases)).toBe('Extraction');
    expect(documentErrorPhase(null, phases)).toBe('before any phase');
    expect(documentErrorPhase(undefined, phases)).toBe('before any phase');
    expect(documentErrorPhase('ocr', phases)).toBe('ocr');
  });
});

describe('phaseOvercountNote', () => {
  it("says when a phase's counts add up to more than the documents, and keeps quiet otherwise", () => {
    expect(phaseOvercountNote(phase(23, 6, 0, 1), 24)).toBe(
      'Counts add up to 30, more than the 24 documents, as the API reports them.',
    );
    expect(phaseOvercountNote(phase(24, 0, 0, 0), 24)).toBeNull();
    expect(phaseOvercountNote(phase(2, 0, 0, 0), 1)).toBe(
      'Counts add up to 2, more than the 1 document, as the API reports them.',
    );
    // A pipeline-scoped phase reports its status; its counters are approximations (003).
    expect(phaseOvercountNote({ ...phase(0, 0, 30, 0), scope: 'pipeline' }, 24)).toBeNull();
  });
});
