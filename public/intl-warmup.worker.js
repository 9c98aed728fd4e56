// Started by intl-warmup.js: one number and one date formatted load ICU's locale data for the
// whole page. Then it ends.
new Intl.NumberFormat('en-US').format(1);
new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' }).formatToParts(0);
close();
