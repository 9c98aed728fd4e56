import { render, screen } from '@testing-library/react';
import { RunStatusBadge } from '@/components/ui/run-status-badge';
import { IngestionStatusBadge } from './ingestion-status-badge';

/** Status is never colour alone: every value shows a shape (svg) and a word, unknown ones verbatim. */
function badge(title: string) {
  const element = screen.getByTitle(title);
  expect(element.querySelector('svg')).not.toBeNull();
  return element;
}

describe('RunStatusBadge, as the pipelines pages show it', () => {
  it.each([
    ['pending', 'Pending'],
    ['running', 'Running'],
    ['completed', 'Completed'],
    ['failed', 'Failed'],
    ['completed_with_errors', 'Completed with errors'],
    ['paused_by_operator', 'paused_by_operator'],
  ])('shows %s as an icon and "%s"', (status, word) => {
    render(<RunStatusBadge status={status} />);
    expect(badge(`status: ${status}`)).toHaveTextContent(word);
  });

  it('says when a pipeline has never run', () => {
    render(<RunStatusBadge status={null} />);
    expect(badge('No runs yet')).toHaveTextContent('No runs yet');
  });
});

describe('IngestionStatusBadge', () => {
  it.each([
    ['NOT_STARTED', 'Not started'],
    ['IN_PROGRESS', 'In progress'],
    ['SUCCESS', 'Success'],
    ['ERROR', 'Error'],
    ['PARTIAL_SUCCESS', 'Partial success'],
    ['CANCELLED', 'Cancelled'],
    ['ARCHIVED', 'ARCHIVED'],
  ])('shows %s as an icon and "%s"', (status, word) => {
    render(<IngestionStatusBadge status={status} />);
    expect(badge(`status: ${status}`)).toHaveTextContent(word);
  });

  it('draws Cancelled and Not started with different shapes', () => {
    render(
      <>
        <IngestionStatusBadge status="CANCELLED" />
        <IngestionStatusBadge status="NOT_STARTED" />
      </>,
    );
    expect(badge('status: CANCELLED').querySelector('svg')?.innerHTML).not.toBe(
      badge('status: NOT_STARTED').querySelector('svg')?.innerHTML,
    );
  });
});
