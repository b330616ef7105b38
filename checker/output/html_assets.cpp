#include "checker/output/html_assets.h"

// The page's style sheets and script, kept here as raw strings so the reporters stay readable and the
// generated page needs no other file. No web fonts, no remote URLs: the page must work offline.
namespace concord::html_assets {

const std::string_view kReviewCss = R"CSS(
:root{--ink:#1d232b;--muted:#5d6875;--rule:#dfe3e8;--paper:#fff;--wash:#f6f7f9;--accent:#2451a6;
--err:#b42318;--err-bg:#fde4e1;--warn:#9a5b00;--warn-bg:#ffefc2;--info:#1f5fa8;--info-bg:#e2eefc;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;
--serif:Charter,"Bitstream Charter","Noto Serif","DejaVu Serif",Georgia,serif}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--wash);color:var(--ink);font:15px/1.5 var(--sans)}
a{color:var(--accent)}
kbd{font:12px var(--sans);border:1px solid var(--rule);border-bottom-width:2px;border-radius:3px;padding:0 4px;background:#fff}
.top{padding:14px 24px 8px;background:var(--paper);border-bottom:1px solid var(--rule)}
.top h1{margin:0 0 4px;font-size:19px;letter-spacing:.01em}
.files{margin:0;color:var(--muted);overflow-wrap:anywhere}
.files .path{color:var(--ink);font-weight:600}
.lang{display:inline-block;font:600 11px/1.6 var(--sans);text-transform:uppercase;padding:0 5px;border-radius:3px;background:var(--wash);border:1px solid var(--rule);color:var(--muted)}
.style{margin-left:8px}
.summary{margin:6px 0 0;display:flex;gap:8px;flex-wrap:wrap;align-items:center}
.count{font-weight:600;padding:1px 8px;border-radius:10px}
.count.sev-error{background:var(--err-bg);color:var(--err)}
.count.sev-warning{background:var(--warn-bg);color:var(--warn)}
.count.sev-info{background:var(--info-bg);color:var(--info)}
.align-stats{color:var(--muted)}
.filters{position:sticky;top:0;z-index:5;display:flex;gap:18px;flex-wrap:wrap;align-items:center;padding:8px 24px;background:rgba(255,255,255,.96);border-bottom:1px solid var(--rule)}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:6px;flex-wrap:wrap;align-items:center}
.filters legend{float:left;margin-right:6px;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.chip{display:inline-flex;align-items:center;gap:4px;padding:2px 9px 2px 6px;border:1px solid var(--rule);border-radius:14px;background:#fff;cursor:pointer;user-select:none;font-size:13px}
.chip .n,.findings h2 .n{color:var(--muted);font-variant-numeric:tabular-nums}
.chip input{margin:0}
.chip.zero{opacity:.55}
.none{color:var(--muted)}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:20px;padding:16px 24px 24px;max-width:1600px;margin:0 auto;align-items:start}
.article{background:var(--paper);border:1px solid var(--rule);border-radius:6px;overflow:hidden}
.row{display:grid;grid-template-columns:1fr 1fr;border-top:1px solid #eef0f3;position:relative}
.row.head{border-top:0;background:var(--wash);font:600 12px var(--sans);text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.row.head>div{padding:8px 14px 8px 44px}
.row.para{border-top:1px solid #c9ced6}
.cell{position:relative;padding:9px 14px 9px 44px;font:16px/1.6 var(--serif);white-space:pre-wrap;overflow-wrap:anywhere}
.cell.src{border-right:1px solid #eef0f3;color:#39424d}
.cell.heading{font-weight:700;font-size:18px;line-height:1.4}
.ln{position:absolute;left:8px;top:11px;width:28px;text-align:right;font:11px/1.6 var(--sans);color:#9aa3ad;user-select:none}
.gap{background:repeating-linear-gradient(135deg,#f4f5f7 0 8px,#eceef2 8px 16px)}
.gap.moved{background:repeating-linear-gradient(135deg,#eef4fb 0 8px,#e2ecf8 8px 16px)}
.gap-label{font:italic 13px var(--sans);color:var(--muted)}
.row.weak{box-shadow:inset 3px 0 0 #c9a227}
.weak-note{grid-column:1/3;padding:0 14px 6px 44px;font:12px var(--sans);color:#8a6d00}
mark{background:none;color:inherit;border-radius:2px}
mark.hl{cursor:pointer;padding:1px 0;border-bottom:2px solid}
mark.hl.sev-error{background:var(--err-bg);border-color:var(--err)}
mark.hl.sev-warning{background:var(--warn-bg);border-color:#d08a00}
mark.hl.sev-info{background:var(--info-bg);border-color:var(--info)}
mark.hl.multi{border-bottom-style:double;border-bottom-width:4px}
mark.point{display:inline-block;width:0;position:relative}
mark.point::before{content:"";position:absolute;left:-4px;top:-2px;border:4px solid transparent;border-top:7px solid currentColor}
mark.point.sev-error::before{border-top-color:var(--err)}
mark.point.sev-warning::before{border-top-color:#d08a00}
mark.point.sev-info::before{border-top-color:var(--info)}
mark.hl.off{background:none;border-bottom-color:transparent;cursor:text}
mark.point.off::before{display:none}
mark.sel{outline:2px solid var(--accent);outline-offset:1px}
mark.cp.sel,mark.hl.cpsel{background:#e6ecf8;outline:1px dashed var(--accent);outline-offset:1px}
.findings{position:sticky;top:56px;max-height:calc(100vh - 72px);overflow:auto;background:var(--paper);border:1px solid var(--rule);border-radius:6px}
.findings h2{position:sticky;top:0;margin:0;padding:10px 14px;font-size:14px;background:var(--paper);border-bottom:1px solid var(--rule)}
.findings ol{list-style:none;margin:0;padding:0}
.finding{padding:9px 14px 10px;border-bottom:1px solid #eef0f3;border-left:4px solid transparent;cursor:pointer}
.finding.sev-error{border-left-color:var(--err)}
.finding.sev-warning{border-left-color:#d08a00}
.finding.sev-info{border-left-color:var(--info)}
.finding:hover{background:#fafbfc}
.finding.sel{background:#eef3fc}
.finding:focus{outline:2px solid var(--accent);outline-offset:-2px}
.meta{display:flex;gap:6px;align-items:baseline;flex-wrap:wrap;font-size:12px}
.loc{font-variant-numeric:tabular-nums;color:var(--muted);text-decoration:none}
.badge{font:600 10px/1.7 var(--sans);text-transform:uppercase;letter-spacing:.04em;padding:0 5px;border-radius:3px}
.badge.sev-error{background:var(--err-bg);color:var(--err)}
.badge.sev-warning{background:var(--warn-bg);color:var(--warn)}
.badge.sev-info{background:var(--info-bg);color:var(--info)}
.rule{margin-left:auto;font-size:12px}
.msg{margin:4px 0 0;overflow-wrap:anywhere}
.sugg{margin:4px 0 0;font:15px var(--serif)}
del{color:var(--err);text-decoration-thickness:1px}
ins{color:#1f7a3a;text-decoration:none;font-weight:600;background:#e3f4e8;padding:0 3px;border-radius:2px}
.note,.conf{margin:3px 0 0;font-size:12px;color:var(--muted)}
.clean{padding:14px;margin:0;color:#1f7a3a}
.detail{position:fixed;left:50%;bottom:16px;transform:translateX(-50%);width:min(640px,calc(100vw - 32px));z-index:10;background:#fff;border:1px solid #c9ced6;border-radius:8px;box-shadow:0 8px 28px rgba(20,30,45,.18);padding:4px 0}
.detail .finding{border-bottom:0;cursor:default}
.detail .close{position:absolute;right:8px;top:4px;border:0;background:none;font-size:20px;line-height:1;color:var(--muted);cursor:pointer}
.rules{max-width:1600px;margin:0 auto;padding:0 24px 24px}
.rules h2{font-size:15px}
.rules article{background:var(--paper);border:1px solid var(--rule);border-radius:6px;padding:4px 16px 8px;margin:0 0 12px}
.rules h3{font-size:14px;margin:10px 0 4px}
.doc{white-space:pre-wrap;font:13px/1.5 ui-monospace,"DejaVu Sans Mono",monospace;color:#39424d;margin:0}
.explain{font-size:12px;color:var(--muted)}
footer{padding:12px 24px 28px;color:var(--muted);font-size:12px;text-align:center}
@media (max-width:1100px){.layout{grid-template-columns:1fr}.findings{position:static;max-height:none}}
@media (max-width:700px){.row{grid-template-columns:1fr}.cell.src{border-right:0;border-bottom:1px dashed #eef0f3}}
@media print{
body{background:#fff;font-size:11pt}
.filters,.detail,footer,.close,.rules{display:none!important}
.top{border:0;padding:0 0 8px}
.layout{display:block;padding:0}
.article{border:0}
.row{break-inside:avoid}
.cell{font-size:10.5pt;padding:5px 8px 5px 34px}
.ln{left:2px;width:24px;top:6px}
.findings{position:static;max-height:none;overflow:visible;border:0;margin-top:16px;break-before:page}
.findings h2{position:static}
.finding{break-inside:avoid}
mark.hl,.badge,.count,.gap,ins{-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark.hl.off{background:none}
a{color:inherit;text-decoration:none}
}
)CSS";

const std::string_view kReviewJs = R"JS(
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
)JS";

const std::string_view kReportCss = R"CSS(
:root{--ink:#1d232b;--muted:#5d6875;--rule:#dfe3e8;--accent:#2451a6;--err:#b42318;--warn:#9a5b00;--info:#1f5fa8}
*{box-sizing:border-box}
body{margin:0;background:#f6f7f9;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
main{max-width:1100px;margin:0 auto;padding:20px 24px 40px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:17px;margin:28px 0 10px}
.lede{color:var(--muted);margin:0 0 12px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:14px 0}
.card{background:#fff;border:1px solid var(--rule);border-radius:6px;padding:10px 16px;min-width:130px}
.card b{display:block;font-size:24px;font-variant-numeric:tabular-nums}
.card span{color:var(--muted);font-size:13px}
section{background:#fff;border:1px solid var(--rule);border-radius:6px;padding:4px 18px 14px;margin:16px 0}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eef0f3;vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.variant{font-weight:600;color:var(--err)}
td.preferred{font-weight:600;color:#1f7a3a}
.articles{color:var(--muted);font-size:13px;overflow-wrap:anywhere}
td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
td.path{overflow-wrap:anywhere}
.chart{display:block;max-width:100%;height:auto;margin:8px 0}
.note{color:var(--muted);font-size:13px}
.error-row td{color:var(--err)}
code{font:13px ui-monospace,"DejaVu Sans Mono",monospace}
@media print{body{background:#fff}section{break-inside:avoid;border:0;padding:0}main{padding:0}}
)CSS";

}  // namespace concord::html_assets
