import { fireEvent, render, screen, within } from '@testing-library/react';
import { ErrorListTable } from './error-list-table';

const items = Array.from({ length: 45 }, (_, i) => ({ id: `doc-${i + 1}`, message: `<b>failure ${i + 1}</b>` }));

describe('ErrorListTable', () => {
  it('shows the first 20 of a long list verbatim, then 20 more per click, saying how many are hidden', () => {
    render(
      <ErrorListTable
        caption="Failed documents"
        noun="failed documents"
        items={items}
        columns={[
          { header: 'Document', cell: (item) => item.id },
          { header: 'Message', cell: (item) => item.message },
        ]}
        itemKey={(item) => item.id}
      />,
    );
    const table = screen.getByRole('table', { name: 'Failed documents (45)' });
    // Rows counted by selector: role queries over dozens of rows are slow in jsdom.
    const bodyRows = () => table.querySelectorAll('tbody tr');
    expect(bodyRows()).toHaveLength(20);
    expect(within(table).getByText('<b>failure 20</b>')).toBeInTheDocument();
    expect(within(table).queryByText('doc-21')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more failed documents (25 not shown)' }));
    expect(bodyRows()).toHaveLength(40);
    fireEvent.click(screen.getByRole('button', { name: 'Show 5 more failed documents (5 not shown)' }));
    expect(bodyRows()).toHaveLength(45);
    expect(screen.queryByRole('button', { name: /Show/ })).toBeNull();
  });
});
