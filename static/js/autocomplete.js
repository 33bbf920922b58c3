/* Suggestions for <input type="search" data-autocomplete-url>: a WAI-ARIA 1.2 combobox
   with listbox popup (list autocomplete, no automatic selection). Progressive enhancement. */
(function () {
  'use strict';
  let counter = 0;

  function make(tag, className, attrs) {
    const el = document.createElement(tag);
    el.className = className;
    for (const name in attrs) el.setAttribute(name, attrs[name]);
    return el;
  }

  // Only follow http(s) links, even from our own endpoint.
  function safeUrl(value) {
    try {
      const url = new URL(value, location.href);
      return /^https?:$/.test(url.protocol) ? url.href : null;
    } catch (e) { return null; }
  }

  function enhance(input) {
    let prefix;
    do { prefix = 'autocomplete-' + ++counter; } while (document.getElementById(prefix + '-list'));
    const data = input.dataset;
    const list = make('ul', 'autocomplete__list', {
      id: prefix + '-list', role: 'listbox'
    });
    // The words come from the page, in its language (search/includes/autocomplete_attributes.html).
    if (data.autocompleteLabel) list.setAttribute('aria-label', data.autocompleteLabel);
    const status = make('div', 'visually-hidden', { role: 'status', 'aria-live': 'polite' });
    let options = []; // [{el, url}]
    let active = -1;  // highlighted index, -1 for none
    let timer, controller;

    list.hidden = true;
    input.after(list, status);
    input.parentElement.classList.add('autocomplete-host');
    // autocomplete=off: the browser's own history popup would cover ours.
    for (const [name, value] of [['role', 'combobox'], ['aria-autocomplete', 'list'],
      ['aria-expanded', 'false'], ['aria-controls', list.id], ['autocomplete', 'off']]) {
      input.setAttribute(name, value);
    }

    function highlight(index) {
      if (active >= 0) options[active].el.setAttribute('aria-selected', 'false');
      active = index;
      if (index < 0) return input.removeAttribute('aria-activedescendant');
      const el = options[index].el;
      el.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    }

    function setOpen(open) {
      if (!open) highlight(-1);
      list.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
    }

    function cancel() {
      clearTimeout(timer);
      if (controller) controller.abort();
    }

    function render(suggestions) {
      highlight(-1);
      list.textContent = '';
      options = [];
      for (const item of suggestions) {
        const url = item && item.title && safeUrl(item.url);
        if (!url) continue;
        const li = make('li', 'autocomplete__option', {
          id: prefix + '-option-' + options.length, role: 'option', 'aria-selected': 'false'
        });
        const title = make('span', 'autocomplete__title');
        const kind = make('span', 'autocomplete__kind');
        title.textContent = item.title;
        kind.textContent = item.kind_label || '';
        li.append(title, kind);
        // A profile not yet translated into the visitor's language: its own language, marked.
        if (item.lang) {
          title.lang = item.lang;
          const language = make('span', '', { lang: item.lang });
          language.textContent = item.language_name || item.lang;
          kind.append(' · ', language);
        }
        list.append(li);
        options.push({ el: li, url: url });
      }
      status.textContent = (data.autocompleteStatus || '').replace('{count}', options.length);
      // A late answer must not pop up once focus has left the field.
      setOpen(options.length > 0 && document.activeElement === input);
    }

    function clear() {
      cancel();
      render([]);
      status.textContent = '';
    }

    async function load(query) {
      const own = controller = new AbortController();
      const url = new URL(data.autocompleteUrl, location.href);
      url.searchParams.set('q', query);
      try {
        const response = await fetch(url, { signal: own.signal, headers: { Accept: 'application/json' } });
        if (!response.ok) throw new Error(response.status);
        const json = await response.json();
        if (input.value.trim() === query) render(json.suggestions || []);
      } catch (error) {
        // Fail quietly: submitting the form still works. Aborted/stale: newer text owns the list.
        if (!own.signal.aborted && input.value.trim() === query) setOpen(false);
      }
    }

    function go(index) {
      setOpen(false);
      location.assign(options[index].url);
    }

    input.addEventListener('input', function () {
      const query = input.value.trim();
      cancel();
      highlight(-1); // keep the old list until new results replace it, but not its highlight
      if (query.length < 2) clear(); // the endpoint has nothing below 2 letters
      else timer = setTimeout(load, 150, query);
    });

    input.addEventListener('keydown', function (event) {
      if (event.isComposing || event.keyCode === 229) return; // IME composition in progress
      const key = event.key;
      const count = options.length;
      if (key === 'ArrowDown' || key === 'ArrowUp') {
        if (!count) return;
        event.preventDefault(); // keep the caret in place
        const step = key === 'ArrowDown' ? 1 : -1;
        if (list.hidden) setOpen(true);
        // Nothing highlighted: Down goes to the first option, Up to the last. Wraps around.
        highlight(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
      } else if (key === 'Enter') {
        if (list.hidden || active < 0) return; // plain Enter submits the form
        event.preventDefault();
        go(active);
      } else if (key === 'Escape') {
        if (list.hidden && !input.value) return;
        event.preventDefault();
        if (list.hidden) {
          input.value = ''; // second Escape clears the field
          clear();
        } else {
          cancel(); // or a pending answer would reopen the list
          setOpen(false);
        }
      } else if (/^(Home|End|ArrowLeft|ArrowRight)$/.test(key)) {
        highlight(-1); // back to text editing; the caret moves as usual
      }
    });

    // mousedown's default would blur the input first; acting on click (not mousedown)
    // lets touch users scroll the list without following a link.
    list.addEventListener('mousedown', function (event) { event.preventDefault(); });
    list.addEventListener('click', function (event) {
      const li = event.target.closest('[role="option"]');
      const index = options.findIndex(function (option) { return option.el === li; });
      if (index >= 0) go(index);
    });
    // Blur covers Tab, clicks outside and leaving the window alike.
    input.addEventListener('blur', function () { setOpen(false); });
  }

  function init() {
    document.querySelectorAll('input[type="search"][data-autocomplete-url]').forEach(enhance);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
