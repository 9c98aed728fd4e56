import { formatterBuilds } from './format';

// Loads ICU's locale data for the page (format.ts, warmFormatters): both time zone choices, then says so.
for (const build of [...formatterBuilds('utc'), ...formatterBuilds('local')]) build();
postMessage(null);
