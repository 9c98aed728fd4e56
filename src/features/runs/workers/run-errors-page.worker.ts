import { serveDecoding } from '@/lib/off-thread-decoding';
import { runErrorsPageSchema } from '../api/schemas';

// Reads and validates the error pages of get-run-errors.ts off the page's main thread.
serveDecoding(runErrorsPageSchema);
