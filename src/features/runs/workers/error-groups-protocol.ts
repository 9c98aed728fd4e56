import type { ErrorGroup } from '../api/get-run-error-summary';
import type { GroupedRow } from '../lib/error-groups';

/** To the worker: one error page, by the offset of its first row (only what grouping reads). */
export interface ErrorGroupsPage {
  offset: number;
  rows: GroupedRow[];
}

/** From the worker: the groups of every page it has been sent, and how many rows that was. */
export interface ErrorGroupsAnswer {
  groups: ErrorGroup[];
  counted: number;
}
