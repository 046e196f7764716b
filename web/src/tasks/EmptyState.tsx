// What an empty view says (EmptyStateText.tsx), loaded beside the first rows (ui/later.tsx).
import { later } from '../ui/later';
import type { EmptyStateProps } from './EmptyStateText';

export const EmptyState = later<EmptyStateProps>(() =>
  import('./EmptyStateText').then((m) => m.EmptyStateText),
);
