// The list statement of the bare baseline (bench/baseline.ts) is the service's own statement for
// the default list (status=all, sort=-created, no cursor), so the two can never drift apart:
// one round trip for the page of limit + 1 rows and the total count as a scalar subquery.
// Parameters: $1 the user id, $2 limit + 1.
import { listStatement } from '../src/tasks/tasks.list.js';

export const LIST_SQL = listStatement({
  sort: '-created',
  status: 'all',
  search: false,
  priorities: false,
  tags: false,
  due: undefined,
  before: undefined,
  after: undefined,
  cursor: false,
  count: true,
}).text;
