import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RunAcross } from '../api/get-all-runs';
import { BulkRetryDialog, RUNS_LISTED } from './bulk-retry-dialog';

const runs = (count: number) =>
  Array.from(
    { length: count },
    (_, n) => ({ id: `run_${n}`, pipelineId: 'pipe_001', pipelineName: 'Daily', loadStrategy: 'replace' }) as RunAcross,
  );

describe('BulkRetryDialog', () => {
  it(`lists the first ${RUNS_LISTED} runs of a large selection, more on request, and confirms them all`, async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const total = RUNS_LISTED * 2 + 50;
    render(<BulkRetryDialog runs={runs(total)} onConfirm={onConfirm} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: `Retry ${total} runs?` });
    const listed = () => within(within(dialog).getByRole('list', { name: 'Runs to retry' })).getAllByRole('listitem');
    expect(listed()).toHaveLength(RUNS_LISTED);
    expect(listed()[0]).toHaveTextContent('run_0 Dailyfull re-run');

    await user.click(within(dialog).getByRole('button', { name: 'Show 100 more runs (150 not shown)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Show 50 more runs (50 not shown)' }));
    expect(listed()).toHaveLength(total);
    expect(listed().at(-1)).toHaveTextContent(`run_${total - 1}`);

    await user.click(within(dialog).getByRole('button', { name: `Confirm: retry ${total} runs` }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
