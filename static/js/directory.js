/* A directory's filters (templates/network/includes/directory.html), enhanced:
   - on a wide screen the folded filters open (where CSS cannot show a <details>' content);
   - a ticked box applies at once (the page says so above the filters),
     and the page that comes back reopens the filters with the focus where it was.
   Without this script the filters fold on every screen and "Apply filters" applies them. */
(function () {
  'use strict';
  const KEY = 'directory-focus';
  const form = document.querySelector('form[data-directory]');
  if (!form) return;
  const filters = form.querySelector('[data-directory-filters]');
  const hint = form.querySelector('[data-directory-hint]');
  if (!filters) return;

  if (window.matchMedia('(min-width: 56rem)').matches) filters.open = true;
  if (hint) hint.hidden = false;

  let returning = null;
  try {
    returning = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    sessionStorage.removeItem(KEY);
  } catch (e) { returning = null; } // storage blocked: the filters still apply at once
  if (returning && returning.path === location.pathname) {
    filters.open = true;
    const selector =
      '[name="' + CSS.escape(returning.name) + '"][value="' + CSS.escape(returning.value) + '"]';
    const field = filters.querySelector(selector);
    if (field) field.focus({ preventScroll: false });
  }

  // Boxes apply at once; the sort order waits for "Apply filters": arrowing through a list
  // must not reload the page at every step.
  filters.addEventListener('change', function (event) {
    const field = event.target;
    if (!field.name || !field.matches('input[type=checkbox]')) return;
    try {
      sessionStorage.setItem(KEY, JSON.stringify({
        path: location.pathname,
        name: field.name,
        value: field.value
      }));
    } catch (e) { /* private mode: the filters still apply */ }
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  });
})();
