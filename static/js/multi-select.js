/* Thousand Landscapes: a long list of checkboxes as a searchable multi-select
 * (website/widgets.py, SearchableSelectMultiple).
 *
 * Progressive enhancement of <div class="multi-select" data-multi-select>, which holds Django's
 * list of checkboxes: the form field itself. With Tom Select loaded (static/vendor/tom-select/),
 * this script hides the checkboxes and shows a WAI-ARIA 1.2 combobox in their place: type part of
 * a name, Up and Down move through what matches, Enter picks it. Each choice shows with a Remove
 * button (a real <button>, in the tab order); Backspace in the empty search box removes the last
 * choice too. Every pick and removal ticks or unticks the checkbox underneath, so the form posts
 * exactly what the checkboxes would: the values live nowhere else. If anything fails, the
 * checkboxes stay as they were.
 *
 * What Tom Select leaves to us, done here: the combobox is named by the field's label (its
 * <legend> in our forms), it is described by what is chosen (read on reaching it), a status
 * region says each choice added or removed, and the Remove buttons have names.
 *
 * Attributes read from the container, all written by the widget in the page's language:
 *   data-placeholder             the search box's placeholder
 *   data-no-results              shown when nothing matches
 *   data-remove                  a Remove button's name; "%(item)s" is the choice's
 *   data-added, data-removed     said as a choice is added or removed ("%(item)s")
 *   data-chosen, data-none-chosen  what is chosen ("%(items)s"), said on reaching the search box
 *
 * Fields added to the page later (the Wagtail admin's inline panels and stream blocks) are
 * enhanced as they appear. No inline script and no eval: it runs under the site's Content
 * Security Policy, the admin's included.
 */
(function () {
  "use strict";

  const SELECTOR = "[data-multi-select]";
  const READY = "multi-select--ready";
  const REMOVE = "multi-select__remove";
  let counter = 0;

  function ready(callback) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", callback);
    } else {
      callback();
    }
  }

  function fill(template, name, value) {
    return (template || "").split("%(" + name + ")s").join(value);
  }

  // "Spanish, French and Portuguese" in the page's language.
  function listOf(names) {
    try {
      return new Intl.ListFormat(document.documentElement.lang || undefined, {
        type: "conjunction",
      }).format(names);
    } catch (error) {
      return names.join(", ");
    }
  }

  // What names the field, the nearest of: its <legend> in our own forms
  // (network/includes/form_fields.html); in the Wagtail admin, its label, the heading Wagtail
  // gives it inside a group of fields (a <label> or an <h3>), or its panel's heading.
  function labelOf(container) {
    for (let element = container.parentElement; element; element = element.parentElement) {
      if (element.matches("form, body")) return null;
      const label = element.querySelector(
        element.matches("fieldset") ? ":scope > legend" : ":scope > label, :scope > .w-field__label"
      );
      if (label) return label;
      if (element.matches("[data-panel][aria-labelledby]")) {
        return document.getElementById(element.getAttribute("aria-labelledby").split(" ")[0]);
      }
    }
    return null;
  }

  function textOf(box) {
    const label = box.labels && box.labels[0];
    return (label ? label.textContent : box.value).trim();
  }

  function freeId(base) {
    let id = base;
    while (document.getElementById(id)) id = base + "-" + ++counter;
    return id;
  }

  function visuallyHidden(tag, attrs) {
    const element = document.createElement(tag);
    element.className = "multi-select__sr-only";
    for (const name in attrs) element.setAttribute(name, attrs[name]);
    return element;
  }

  function enhance(container) {
    if (typeof window.TomSelect !== "function" || container.classList.contains(READY)) return;
    const strings = container.dataset;
    const list = container.querySelector("div");
    const boxes = Array.from(container.querySelectorAll('input[type="checkbox"]'));
    if (!list || !boxes.length) return;
    container.classList.add(READY);
    const byValue = new Map(boxes.map((box) => [box.value, box]));
    const id = freeId((list.id || "multi-select") + "-search");

    // Tom Select needs a <select>: this one has no name, so it is never submitted.
    const select = document.createElement("select");
    select.id = id;
    select.multiple = true;
    select.hidden = true;
    select.setAttribute("aria-hidden", "true");
    for (const box of boxes) {
      const option = new Option(textOf(box), box.value, false, box.checked);
      option.disabled = box.disabled;
      select.append(option);
    }
    const summary = visuallyHidden("span", { id: id + "-chosen" });
    const status = visuallyHidden("span", { role: "status" });
    list.after(select);

    let announcing = false;
    function nameOf(value) {
      const box = byValue.get(value);
      return box ? textOf(box) : value;
    }
    function describe(tomSelect) {
      const names = tomSelect.items.map(nameOf);
      summary.textContent = names.length
        ? fill(strings.chosen, "items", listOf(names))
        : strings.noneChosen || "";
    }
    function tick(value, checked, message) {
      const box = byValue.get(value);
      if (box && box.checked !== checked) {
        box.checked = checked;
        // Wagtail's unsaved-changes warning and live preview listen for this.
        box.dispatchEvent(new Event("change", { bubbles: true }));
      }
      if (announcing) status.textContent = fill(message, "item", nameOf(value));
    }

    let tomSelect;
    try {
      tomSelect = new window.TomSelect(select, {
        maxOptions: null,
        // Filter as each letter is typed: with Tom Select's default pause (300 ms), an Enter
        // pressed soon after typing would pick from the list as it was before.
        refreshThrottle: 0,
        hideSelected: true,
        // A choice made closes the list (and empties the search box): typing opens it again.
        // Left open, the whole list would fall over the fields below after each choice.
        closeAfterSelect: true,
        // The list opens when something is typed, on Down or on a click (below), not on reaching
        // the field: tabbing through the form does not drop a list over the fields below it. And
        // Tom Select, opening the list, asks for the focus again a moment later; with this on,
        // that late focus opened the list again after Enter or Escape had just closed it.
        openOnFocus: false,
        placeholder: strings.placeholder || "",
        // Alphabetical in the page's language, whatever order the choices came in; once
        // something is typed, Tom Select puts the best matches first.
        sortField: [{ field: "text" }],
        render: {
          item: (data, escape) => {
            const name = escape(fill(strings.remove, "item", data.text));
            return (
              "<div>" + escape(data.text) +
              '<button type="button" class="' + REMOVE + '" aria-label="' + name + '" title="' +
              name + '"><span aria-hidden="true">×</span></button></div>'
            );
          },
          no_results: (data, escape) =>
            '<div class="no-results">' + escape(strings.noResults || "") + "</div>",
        },
        onItemAdd(value) {
          tick(value, true, strings.added);
          describe(this);
        },
        onItemRemove(value) {
          tick(value, false, strings.removed);
          describe(this);
        },
      });
    } catch (error) {
      select.remove();
      container.classList.remove(READY);
      throw error;
    }

    list.hidden = true;
    container.append(summary, status);
    const input = tomSelect.control_input;
    input.setAttribute("aria-describedby", summary.id);
    const label = labelOf(container);
    if (label) {
      if (!label.id) label.id = id + "-label";
      input.setAttribute("aria-labelledby", label.id);
      tomSelect.dropdown_content.setAttribute("aria-labelledby", label.id);
      if (label.matches("label")) label.htmlFor = input.id;
    }
    describe(tomSelect);
    announcing = true;

    // A Remove button takes its choice away; the keyboard's focus goes on to the next choice's
    // button, or back to the search box after the last. Tom Select's own click handling (which
    // would mark the choice active) does not see the click.
    tomSelect.control.addEventListener(
      "click",
      (event) => {
        const button = event.target.closest("." + REMOVE);
        if (!button || tomSelect.isDisabled || tomSelect.isLocked) return;
        event.preventDefault();
        event.stopPropagation();
        const focused = document.activeElement === button;
        const buttons = Array.from(tomSelect.control.querySelectorAll("." + REMOVE));
        const index = buttons.indexOf(button);
        tomSelect.removeItem(button.closest("[data-ts-item]"));
        tomSelect.refreshOptions(false);
        tomSelect.inputState();
        if (focused) {
          const rest = tomSelect.control.querySelectorAll("." + REMOVE);
          const next = rest[Math.min(index, rest.length - 1)];
          if (next) next.focus();
          else input.focus();
        }
      },
      true
    );
    openOnClick(tomSelect);
  }

  // A click on the search box opens the list, and a click while it is open closes it (Tom
  // Select's own click only gives the focus, since the list does not open on focus here).
  function openOnClick(tomSelect) {
    let wasOpen = false;
    tomSelect.control.addEventListener("click", () => (wasOpen = tomSelect.isOpen), true);
    tomSelect.control.addEventListener("click", (event) => {
      if (wasOpen || tomSelect.isOpen || tomSelect.isDisabled) return;
      if (event.target.closest("[data-ts-item]")) return;
      tomSelect.open();
    });
  }

  function enhanceWithin(root) {
    if (root.matches && root.matches(SELECTOR)) enhance(root);
    if (root.querySelectorAll) root.querySelectorAll(SELECTOR).forEach(enhance);
  }

  ready(() => {
    enhanceWithin(document);
    new MutationObserver((changes) => {
      for (const change of changes) {
        for (const node of change.addedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE && !node.closest(".ts-wrapper, .ts-dropdown")) {
            enhanceWithin(node);
          }
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
