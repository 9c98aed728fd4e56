// Starts a worker that loads ICU's locale data off the main thread: the renderer's first
// Intl formatter pays 50–100 ms for it on the 2-core bench machine, one long task wherever it
// falls, and the renderer's threads share the data once loaded. A file of its own, run as
// soon as it arrives, because the app's modules (which format every figure) take longer to
// load; a classic script because Vite would bundle a module script into the app's entry.
// The page formats the same without it, paying that cost itself on first use.
if (typeof Worker !== 'undefined') new Worker('/intl-warmup.worker.js');
