(function () {
  'use strict';
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark[data-f],mark[data-cp]'));
  var items = Array.prototype.slice.call(document.querySelectorAll('.findings li.finding'));
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  var detail = document.getElementById('detail');
  var shownCount = document.getElementById('shown');
  var current = null;

  function ids(el, attr) { return (el.getAttribute(attr) || '').split(' ').filter(Boolean); }
  function item(id) { return document.getElementById('f' + id); }
  function visible() { return items.filter(function (li) { return !li.hidden; }); }

  function applyFilters() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) off[b.dataset.filter + ':' + b.value] = true; });
    var on = {};
    items.forEach(function (li) {
      li.hidden = !!(off['sev:' + li.dataset.sev] || off['cat:' + li.dataset.cat]);
      if (!li.hidden) on[li.dataset.f] = true;
    });
    marks.forEach(function (m) {
      if (m.hasAttribute('data-f')) m.classList.toggle('off', !ids(m, 'data-f').some(function (id) { return on[id]; }));
    });
    if (shownCount) shownCount.textContent = String(visible().length);
    if (current && !on[current]) close();
  }

  function select(id, scroll) {
    var li = item(id);
    if (!li) return;
    current = id;
    document.querySelectorAll('.sel,.cpsel').forEach(function (el) { el.classList.remove('sel', 'cpsel'); });
    var first = null;
    marks.forEach(function (m) {
      if (ids(m, 'data-f').indexOf(id) >= 0) { m.classList.add('sel'); if (!first) first = m; }
      if (ids(m, 'data-cp').indexOf(id) >= 0) m.classList.add(m.classList.contains('hl') ? 'cpsel' : 'sel');
    });
    li.classList.add('sel');
    detail.innerHTML = '';
    var card = li.cloneNode(true);
    card.removeAttribute('id');
    card.removeAttribute('tabindex');
    var button = document.createElement('button');
    button.className = 'close';
    button.setAttribute('aria-label', 'Close');
    button.textContent = '\u00d7';
    button.addEventListener('click', close);
    detail.appendChild(button);
    detail.appendChild(card);
    detail.hidden = false;
    if (history.replaceState) history.replaceState(null, '', '#f' + id);
    if (scroll) {
      if (first) first.scrollIntoView({block: 'center'});
      li.scrollIntoView({block: 'nearest'});
    }
  }

  function close() {
    current = null;
    detail.hidden = true;
    document.querySelectorAll('.sel,.cpsel').forEach(function (el) { el.classList.remove('sel', 'cpsel'); });
  }

  function step(delta) {
    var list = visible();
    if (!list.length) return;
    var at = list.findIndex(function (li) { return li.dataset.f === current; });
    var next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : (at + delta + list.length) % list.length;
    select(list[next].dataset.f, true);
  }

  marks.forEach(function (m) {
    m.addEventListener('click', function () {
      if (m.classList.contains('off')) return;
      var here = ids(m, 'data-f').filter(function (id) { return !item(id).hidden; });
      if (!here.length) return;
      // Clicking an overlap again cycles through the findings that share it.
      var at = here.indexOf(current);
      select(here[(at + 1) % here.length], false);
    });
  });
  items.forEach(function (li) {
    li.addEventListener('click', function (e) {
      if (e.target.closest('a.rule')) return;
      e.preventDefault();
      select(li.dataset.f, true);
    });
    li.addEventListener('keydown', function (e) { if (e.key === 'Enter') select(li.dataset.f, true); });
  });
  boxes.forEach(function (b) { b.addEventListener('change', applyFilters); });
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
    if (e.key === 'n' || e.key === 'j') { step(1); e.preventDefault(); }
    else if (e.key === 'p' || e.key === 'k') { step(-1); e.preventDefault(); }
    else if (e.key === 'Escape') close();
  });

  applyFilters();
  var deep = /^#f(\d+)$/.exec(location.hash);
  if (deep) select(deep[1], true);
  document.documentElement.setAttribute('data-ready', '1');
})();
