// Applies the theme before first paint, so a dark-theme user never sees a white flash.
// A file, not an inline script, because the Content-Security-Policy forbids inline scripts.
// Keep in step with src/app/theme.ts (same key, same choices).
(function () {
  var choice = null;
  try {
    choice = localStorage.getItem('pipewatch.theme');
  } catch {
    // Storage blocked: follow the system.
  }
  var systemDark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  var dark = choice === 'dark' || (choice !== 'light' && systemDark);
  document.documentElement.classList.toggle('dark', dark);
})();
