// Annals: progressive enhancement of server-rendered pages. Without this file every page works
// through links and GET forms; with it, filters apply instantly (and the URL follows), the axis
// zooms, j/k move between events, / focuses search and "Copy link" copies a permalink.
(function () {
  'use strict';
  var timeline = document.querySelector('[data-test="timeline"]');
  var form = document.querySelector('form.filters');

  function events() { return Array.prototype.slice.call(document.querySelectorAll('li.event')); }

  function readForm() {
    var data = new FormData(form);
    return {
      actors: data.getAll('actor'), places: data.getAll('place'), kinds: data.getAll('kind'),
      from: data.get('from') || '', to: data.get('to') || '', q: (data.get('q') || '').trim()
    };
  }

  function queryString(f) {
    var params = new URLSearchParams();
    f.actors.forEach(function (a) { params.append('actor', a); });
    f.places.forEach(function (p) { params.append('place', p); });
    f.kinds.forEach(function (k) { params.append('kind', k); });
    if (f.from) params.set('from', f.from);
    if (f.to) params.set('to', f.to);
    if (f.q) params.set('q', f.q);
    return params.toString();
  }

  function matches(li, f) {
    var actors = (li.getAttribute('data-actors') || '').split(' ');
    if (f.actors.length && !f.actors.some(function (a) { return actors.indexOf(a) >= 0; })) return false;
    if (f.places.length) {
      var places = Array.prototype.map.call(li.querySelectorAll('.place'), function (p) { return p.textContent.toLowerCase(); });
      if (!f.places.some(function (p) { return places.indexOf(p.toLowerCase()) >= 0; })) return false;
    }
    if (f.kinds.length && f.kinds.indexOf(li.getAttribute('data-kind')) < 0) return false;
    if (f.from && li.getAttribute('data-end') < f.from) return false;
    if (f.to && li.getAttribute('data-start') > f.to) return false;
    if (f.q && (li.getAttribute('data-search') || '').indexOf(f.q.toLowerCase()) < 0) return false;
    return true;
  }

  // The page may hold only a page of a filtered view; instant filtering needs the full list.
  var complete = timeline && !document.querySelector('.pager') &&
    !/[?&](actor|place|kind|from|to|q)=/.test(location.search);

  function apply(push) {
    var f = readForm();
    var shown = 0;
    events().forEach(function (li) {
      var ok = matches(li, f);
      li.hidden = !ok;
      if (ok) shown++;
    });
    document.querySelectorAll('section.month').forEach(function (s) {
      s.hidden = !s.querySelector('li.event:not([hidden])');
    });
    document.querySelectorAll('section.year').forEach(function (s) {
      s.hidden = !s.querySelector('section.month:not([hidden])');
    });
    var n = document.querySelector('[data-test="n-shown"]');
    if (n) n.textContent = String(shown);
    var qs = queryString(f);
    var url = location.pathname + (qs ? '?' + qs : '');
    if (url !== location.pathname + location.search) {
      history[push ? 'pushState' : 'replaceState']({ qs: qs }, '', url);
    }
    document.querySelectorAll('.chip').forEach(function (chip) {
      chip.classList.toggle('active', f.actors.indexOf(chip.getAttribute('data-actor')) >= 0);
    });
  }

  function setForm(qs) {
    var params = new URLSearchParams(qs);
    form.querySelectorAll('input[type=checkbox]').forEach(function (box) {
      box.checked = params.getAll(box.name).indexOf(box.value) >= 0;
    });
    ['from', 'to', 'q'].forEach(function (name) {
      var input = form.querySelector('[name=' + name + ']');
      if (input) input.value = params.get(name) || '';
    });
  }

  if (form && complete) {
    form.addEventListener('change', function () { apply(true); });
    var typing;
    form.addEventListener('input', function (e) {
      if (e.target.type !== 'search') return;
      clearTimeout(typing);
      typing = setTimeout(function () { apply(false); }, 150);
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(true); });
    var reset = form.querySelector('[data-test="reset"]');
    if (reset) reset.addEventListener('click', function (e) { e.preventDefault(); setForm(''); apply(true); });
    window.addEventListener('popstate', function () { setForm(location.search); apply(false); });
    // Actor chips filter in place.
    document.addEventListener('click', function (e) {
      var chip = e.target.closest && e.target.closest('a.chip');
      if (!chip || !timeline.contains(chip)) return;
      e.preventDefault();
      var box = form.querySelector('input[name=actor][value="' + chip.getAttribute('data-actor') + '"]');
      if (box) { box.checked = !box.checked; apply(true); }
    });
    // The axis: a click on a month (or a drag over several) filters the list to that range.
    var svg = document.querySelector('.axis svg');
    if (svg) {
      var links = Array.prototype.slice.call(svg.querySelectorAll('a[data-from]'));
      var dragStart = null;
      var pick = function (from, to) {
        var f = form.querySelector('[name=from]'), t = form.querySelector('[name=to]');
        f.value = from + '-01';
        var parts = to.split('-');
        var last = new Date(Date.UTC(+parts[0], +parts[1], 0)).getUTCDate();
        t.value = to + '-' + String(last).padStart(2, '0');
        links.forEach(function (a) {
          var m = a.getAttribute('data-from');
          a.classList.toggle('selected', m >= from && m <= to);
        });
        apply(true);
      };
      links.forEach(function (a) {
        a.addEventListener('mousedown', function (e) { dragStart = a.getAttribute('data-from'); e.preventDefault(); });
        a.addEventListener('mouseup', function () {
          if (dragStart === null) return;
          var end = a.getAttribute('data-from');
          var from = dragStart < end ? dragStart : end, to = dragStart < end ? end : dragStart;
          dragStart = null;
          pick(from, to);
        });
        a.addEventListener('click', function (e) { e.preventDefault(); });
        a.addEventListener('keydown', function (e) {
          if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(a.getAttribute('data-from'), a.getAttribute('data-to')); }
        });
      });
    }
  }

  // Keyboard: j / ArrowDown next event, k / ArrowUp previous, Enter opens, / focuses search.
  var current = -1;
  function visible() { return events().filter(function (li) { return !li.hidden; }); }
  function focusEvent(i) {
    var list = visible();
    if (!list.length) return;
    current = Math.max(0, Math.min(list.length - 1, i));
    document.querySelectorAll('li.event.current').forEach(function (li) { li.classList.remove('current'); });
    var li = list[current];
    li.classList.add('current');
    li.focus({ preventScroll: true });
    var reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    li.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var tag = (e.target.tagName || '').toLowerCase();
    var typing = tag === 'input' || tag === 'textarea' || tag === 'select';
    if (e.key === '/' && !typing) {
      var search = document.querySelector('[data-test="search"]');
      if (search) { e.preventDefault(); search.focus(); }
      return;
    }
    if (typing || !timeline) return;
    if (e.key === 'j' || (e.key === 'ArrowDown' && current >= 0)) { e.preventDefault(); focusEvent(current + 1); }
    else if (e.key === 'k' || (e.key === 'ArrowUp' && current >= 0)) { e.preventDefault(); focusEvent(current - 1); }
    else if (e.key === 'Enter' && e.target.matches && e.target.matches('li.event')) {
      var link = e.target.querySelector('[data-test="event-link"]');
      if (link) link.click();
    }
  });

  // A stable anchor (/#e-{id}) scrolls to and highlights its event.
  if (timeline && location.hash.indexOf('#e-') === 0) {
    var target = document.getElementById(location.hash.slice(1));
    if (target) {
      var idx = visible().indexOf(target);
      if (idx >= 0) focusEvent(idx);
    }
  }

  // "Copy link" on event pages.
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var url = button.getAttribute('data-copy');
      var status = document.querySelector('.copy-status');
      var done = function () { if (status) status.textContent = 'Link copied'; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(done, function () {
          if (status) status.textContent = 'Copy failed: ' + url;
        });
      } else if (status) { status.textContent = url; }
    });
  });
})();
