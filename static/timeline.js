// Annals: progressive enhancement of server-rendered pages. Without this file every page works
// through links and GET forms. With it, a filter change fetches the same page for the new query
// and swaps in its [data-swap] regions (the overview, the count, the list), so the server stays
// the one judge of what matches, and the URL follows (pushState; back and forward work). The
// overview zooms by dragging or clicking; j/k or the arrow keys move between events, Enter opens
// one, / focuses search; /#e-{id} scrolls to an event and highlights it; "Copy link" copies a
// permalink.
(function () {
  'use strict';
  var form = document.querySelector('form.filters');
  var current = -1;

  function $(selector, root) { return (root || document).querySelector(selector); }
  function $$(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }

  // The form's state as a query string, in the server's canonical order.
  function formQuery() {
    var data = new FormData(form);
    var params = new URLSearchParams();
    ['actor', 'place', 'kind', 'from', 'to', 'q'].forEach(function (name) {
      data.getAll(name).forEach(function (value) {
        value = String(value).trim();
        if (value) params.append(name, value);
      });
    });
    return params.toString();
  }

  function setForm(query) {
    var params = new URLSearchParams(query);
    $$('input[type=checkbox]', form).forEach(function (box) {
      box.checked = params.getAll(box.name).indexOf(box.value) >= 0;
    });
    ['from', 'to', 'q'].forEach(function (name) {
      var input = form.elements[name];
      if (input) input.value = params.get(name) || '';
    });
  }

  var pending = null;
  // Shows the timeline for `query`: history first (so the URL always says what is shown), then
  // the server's rendering of it.
  function load(query, history_mode) {
    var url = '/' + (query ? '?' + query : '');
    if (history_mode === 'push' && url !== location.pathname + location.search) {
      history.pushState(null, '', url);
    } else if (history_mode === 'replace') {
      history.replaceState(null, '', url);
    }
    if (pending) pending.abort();
    var controller = pending = new AbortController();
    var main = $('#main');
    main.setAttribute('aria-busy', 'true');
    fetch(url, { signal: controller.signal, headers: { Accept: 'text/html' } }).then(function (response) {
      return response.text().then(function (html) { return { ok: response.ok, html: html }; });
    }).then(function (answer) {
      var fresh = new DOMParser().parseFromString(answer.html, 'text/html');
      if (!answer.ok) {
        // A bad filter (say, "to" before "from"): say so where the count was.
        var message = $('[data-test="error-message"]', fresh);
        var count = $('#count');
        count.textContent = message ? message.textContent : 'These filters cannot be applied.';
        return;
      }
      $$('[data-swap]').forEach(function (region) {
        var replacement = fresh.getElementById(region.id);
        if (replacement) region.innerHTML = replacement.innerHTML;
      });
      document.title = fresh.title;
      var canonical = $('link[rel=canonical]'), freshCanonical = $('link[rel=canonical]', fresh);
      if (canonical && freshCanonical) canonical.href = freshCanonical.href;
      current = -1;
      enhance();
    }).catch(function (error) {
      if (error && error.name === 'AbortError') return;
      location.href = url;
    }).then(function () {
      if (pending === controller) { pending = null; main.removeAttribute('aria-busy'); }
    });
  }

  // The actor a chip filters by, from its link: /?actor=china.
  function chipActor(chip) { return new URL(chip.href).searchParams.get('actor'); }

  function markChips() {
    var actors = new URLSearchParams(location.search).getAll('actor');
    $$('[data-test="actor-chip"]').forEach(function (chip) {
      var on = actors.indexOf(chipActor(chip)) >= 0;
      chip.classList.toggle('active', on);
      if (on) chip.setAttribute('aria-current', 'true'); else chip.removeAttribute('aria-current');
    });
  }

  // Days from a piecewise-linear scale: data-scale="2011-01-01:0.00,2012-01-01:4.31,…".
  function axisScale(svg) {
    var knots = (svg.getAttribute('data-scale') || '').split(',').map(function (knot) {
      var parts = knot.split(':');
      return { day: dayOf(parts[0]), x: parseFloat(parts[1]) };
    });
    return function (percent) {
      for (var i = 1; i < knots.length; i++) {
        var a = knots[i - 1], b = knots[i];
        if (percent <= b.x || i === knots.length - 1) {
          var t = b.x > a.x ? (percent - a.x) / (b.x - a.x) : 0;
          var day = Math.floor(a.day + Math.max(0, Math.min(1, t)) * (b.day - a.day));
          return Math.min(day, knots[knots.length - 1].day - 1);
        }
      }
      return knots[0].day;
    };
  }
  // Days since 1970 of "2023-06-19" or "-0043-03-15" (a signed astronomical year, as the server
  // writes it; Date.parse rejects four-digit negative years).
  function dayOf(text) {
    var m = /^(-?)(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return NaN;
    var date = new Date(0);
    date.setUTCFullYear((m[1] ? -1 : 1) * parseInt(m[2], 10), parseInt(m[3], 10) - 1, parseInt(m[4], 10));
    return date.getTime() / 864e5;
  }
  function pad(n, width) { n = String(n); while (n.length < width) n = '0' + n; return n; }
  function isoDay(day) {
    var date = new Date(day * 864e5), y = date.getUTCFullYear();
    return (y < 0 ? '-' : '') + pad(Math.abs(y), 4) + '-' + pad(date.getUTCMonth() + 1, 2) + '-' +
      pad(date.getUTCDate(), 2);
  }

  // A click on empty axis zooms to the year, month or week around it.
  function unitAround(unit, day) {
    var date = new Date(day * 864e5), y = date.getUTCFullYear(), m = date.getUTCMonth();
    var utc = function (year, month, day) {
      var d = new Date(0);
      d.setUTCFullYear(year, month, day);  // Date.UTC would read years 0-99 as 1900-1999.
      return d.getTime() / 864e5;
    };
    if (unit === 'year') return [utc(y, 0, 1), utc(y, 11, 31)];
    if (unit === 'month') return [utc(y, m, 1), utc(y, m + 1, 0)];
    return [day - 3, day + 3];
  }

  function zoom(from, to) {
    form.elements.from.value = from;
    form.elements.to.value = to;
    load(formQuery(), 'push');
  }

  function setupAxis() {
    var svg = $('.axis svg');
    if (!svg) return;
    var dayAt = axisScale(svg);
    var brush = $('.brush', svg);
    var start = null;
    var fraction = function (event) {
      var box = svg.getBoundingClientRect();
      return Math.max(0, Math.min(100, (event.clientX - box.left) / box.width * 100));
    };
    var drawBrush = function (a, b) {
      brush.setAttribute('x', Math.min(a, b) + '%');
      brush.setAttribute('width', Math.abs(b - a) + '%');
          };
    svg.addEventListener('pointerdown', function (event) {
      if (event.button !== 0 || event.target.closest('a')) return;
      start = fraction(event);
      svg.setPointerCapture(event.pointerId);
      drawBrush(start, start);
      event.preventDefault();
    });
    svg.addEventListener('pointermove', function (event) {
      if (start !== null) drawBrush(start, fraction(event));
    });
    svg.addEventListener('pointercancel', function () { start = null; brush.setAttribute('width', '0'); });
    svg.addEventListener('pointerup', function (event) {
      if (start === null) return;
      var end = fraction(event), a = Math.min(start, end), b = Math.max(start, end);
      start = null;
      if (b - a < 1) {
        brush.setAttribute('width', '0');
        var mark = event.target.closest('[data-test="axis-mark"]');
        if (mark) { showEvent(mark.getAttribute('data-id'), true); return; }
        var range = unitAround(svg.getAttribute('data-unit'), dayAt(a));
        zoom(isoDay(range[0]), isoDay(range[1]));
      } else {
        zoom(isoDay(dayAt(a)), isoDay(dayAt(b)));
      }
    });
  }

  // Marks an event as the current one: highlighted, focused, in view, lit on the axis.
  function focusEvent(li) {
    var list = visibleEvents();
    current = list.indexOf(li);
    $$('li.event.current').forEach(function (other) { other.classList.remove('current'); });
    $$('.axis .lit').forEach(function (mark) { mark.classList.remove('lit'); });
    li.classList.add('current');
    li.tabIndex = -1;
    var mark = $('.axis [data-id="' + li.getAttribute('data-id') + '"]');
    if (mark) mark.classList.add('lit');
    li.focus({ preventScroll: true });
    var reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    li.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }

  function showEvent(id, openIfAbsent) {
    var li = document.getElementById('e-' + id);
    if (li && !li.hidden) focusEvent(li);
    else if (openIfAbsent) location.href = '/events/' + encodeURIComponent(id);
  }

  function visibleEvents() { return $$('li.event').filter(function (li) { return li.offsetParent !== null; }); }

  function enhance() {
    markChips();
    setupAxis();
  }

  if (form) {
    var typing = null, typedSinceChange = false;
    form.addEventListener('change', function (event) {
      if (event.target.type === 'search') return;
      typedSinceChange = false;
      load(formQuery(), 'push');
    });
    form.addEventListener('input', function (event) {
      if (event.target.type !== 'search') return;
      clearTimeout(typing);
      typing = setTimeout(function () {
        // The first keystrokes of a search make a history entry; the rest refine it.
        load(formQuery(), typedSinceChange ? 'replace' : 'push');
        typedSinceChange = true;
      }, 200);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(typing);
      load(formQuery(), 'push');
    });
    window.addEventListener('popstate', function () {
      setForm(location.search);
      load(location.search.slice(1), 'none');
    });
    // Links that only change filters: reset, show all, chips, the axis' zoom labels.
    document.addEventListener('click', function (event) {
      if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      var link = event.target.closest && event.target.closest('a');
      if (!link) return;
      var test = link.getAttribute('data-test');
      if (test === 'reset' || test === 'show-all') {
        setForm('');
      } else if (test === 'actor-chip') {
        var box = $$('input[name=actor]', form).filter(function (input) { return input.value === chipActor(link); })[0];
        if (!box) return;
        box.checked = !box.checked;
      } else if (test === 'axis-zoom') {
        form.elements.from.value = link.getAttribute('data-from');
        form.elements.to.value = link.getAttribute('data-to');
      } else if (test === 'zoom-out') {
        form.elements.from.value = '';
        form.elements.to.value = '';
      } else {
        return;
      }
      event.preventDefault();
      load(formQuery(), 'push');
    });
  }

  // Keyboard: j / ArrowDown next event, k / ArrowUp previous, Enter opens, / focuses search.
  // The arrows move between events only once one has focus, so they still scroll the page.
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    var tag = (target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable) {
      if (event.key === 'Escape' && target.type === 'search') target.blur();
      return;
    }
    var search = $('[data-test="search"]');
    if (event.key === '/' && search) { event.preventDefault(); search.focus(); return; }
    var list = visibleEvents();
    if (!list.length) return;
    var onEvent = target.matches && target.matches('li.event');
    var step = 0;
    if (event.key === 'j' || (event.key === 'ArrowDown' && onEvent)) step = 1;
    else if (event.key === 'k' || (event.key === 'ArrowUp' && onEvent)) step = -1;
    if (step) {
      event.preventDefault();
      var from = onEvent ? list.indexOf(target) : current;
      var next = from < 0 ? (step > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, from + step));
      focusEvent(list[next]);
    } else if (event.key === 'Enter' && onEvent) {
      var link = $('[data-test="event-link"]', target);
      if (link) link.click();
    }
  });

  // A stable anchor (/#e-{id}) scrolls to and highlights its event.
  function followHash() {
    if (location.hash.indexOf('#e-') === 0) showEvent(decodeURIComponent(location.hash.slice(3)), false);
  }
  window.addEventListener('hashchange', followHash);

  // "Copy link" on event pages.
  $$('[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var url = button.getAttribute('data-copy');
      var status = $('.copy-status');
      var say = function (text) { if (status) status.textContent = text; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(function () { say('Link copied'); }, function () { say('Copy this link: ' + url); });
      } else {
        say('Copy this link: ' + url);
      }
    });
  });

  enhance();
  followHash();
})();
