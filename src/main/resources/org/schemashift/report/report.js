// report.html filtering: kind, status, severity, code, data-migration phase and a text search
// hide object sections, occurrence rows and complexity rows that do not match; the summary's tiles
// and both charts are recomputed over the shown objects (with no filter they are the page's own,
// as written). The filters live in the query string (?status=manual&text=nvl), updated as they
// change, so a filtered view can be shared as a link. The page is complete without this script.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var selects = {
    kind: document.getElementById('filter-kind'),
    status: document.getElementById('filter-status'),
    severity: document.getElementById('filter-severity'),
    code: document.getElementById('filter-code'),
    phase: document.getElementById('filter-phase')
  };
  var summary = document.getElementById('summary');
  var automaticStatuses = (summary.getAttribute('data-automatic') || '').split(' ');
  var hoursPerDay = parseFloat(summary.getAttribute('data-hours-per-day')) || 8;
  var tiles = {};
  ['objects-automatic', 'code-automatic', 'items', 'effort'].forEach(function (id) {
    var tile = document.getElementById('tile-' + id);
    tiles[id] = { value: tile.querySelector('.value'), detail: tile.querySelector('.muted') };
    tiles[id].written = [tiles[id].value.textContent, tiles[id].detail.textContent];
  });
  var kindChart = document.getElementById('chart-kind-status');
  var severityChart = document.getElementById('chart-severity');
  var text = document.getElementById('filter-text');
  var objects = Array.prototype.slice.call(document.querySelectorAll('article.object'));
  var occurrences = Array.prototype.slice.call(document.querySelectorAll('tr.occurrence'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('details.code-group'));
  var kindRows = Array.prototype.slice.call(document.querySelectorAll('#complexity tbody tr'));
  var count = document.getElementById('filter-count');
  var effort = document.getElementById('filter-effort');
  var texts = new Map();
  objects.forEach(function (o) { texts.set(o, o.textContent.toLowerCase()); });

  function has(list, value) {
    return (' ' + (list || '') + ' ').indexOf(' ' + value + ' ') >= 0;
  }

  // An occurrence row matches on its own severity and code; an object on any of its items'.
  function matches(el, severityAttribute, codeAttribute) {
    var kind = selects.kind.value, status = selects.status.value, severity = selects.severity.value, code = selects.code.value;
    if (kind && el.getAttribute('data-kind') !== kind) return false;
    if (status && el.getAttribute('data-status') !== status) return false;
    if (severity && !has(el.getAttribute(severityAttribute), severity)) return false;
    if (code && !has(el.getAttribute(codeAttribute), code)) return false;
    var phase = selects.phase.value;
    if (phase && el.hasAttribute('data-phases') && !has(el.getAttribute('data-phases'), phase)) return false;
    return true;
  }

  function textMatches(o) {
    var wanted = text.value.trim().toLowerCase();
    return !wanted || texts.get(o).indexOf(wanted) >= 0;
  }

  function apply() {
    var shown = 0, hours = 0;
    var shownIds = new Set();
    objects.forEach(function (o) {
      var visible = matches(o, 'data-severities', 'data-codes') && textMatches(o);
      o.hidden = !visible;
      if (visible) {
        shown++;
        hours += parseFloat(o.getAttribute('data-effort')) || 0;
        shownIds.add(o.id);
      }
    });
    occurrences.forEach(function (row) {
      row.hidden = !matches(row, 'data-severity', 'data-code') || !shownIds.has(row.getAttribute('data-object'));
    });
    groups.forEach(function (g) { g.hidden = g.querySelector('tr.occurrence:not([hidden])') === null; });
    kindRows.forEach(function (row) { row.hidden = !!selects.kind.value && row.getAttribute('data-kind') !== selects.kind.value; });
    summarize(objects.filter(function (o) { return !o.hidden; }), shown === objects.length);
    count.textContent = shown + ' of ' + objects.length + ' objects shown';
    effort.textContent = Math.round(hours * 100) / 100 + ' h of effort shown';
    updateAddress();
  }

  function share(automatic, total) {
    return total === 0 ? 'n/a' : Math.round(1000 * automatic / total) / 10 + ' %';
  }

  function round2(n) {
    return Math.round(n * 100) / 100;
  }

  // The tiles over the shown objects; with every object shown, the figures the page was written with.
  function summarize(shownObjects, all) {
    var automatic = 0, lines = 0, automaticLines = 0, hours = 0;
    var severities = {}, buckets = { simple: 0, medium: 0, significant: 0 };
    var kinds = {};
    severityChart.querySelectorAll('rect[data-severity]').forEach(function (r) { severities[r.getAttribute('data-severity')] = 0; });
    shownObjects.forEach(function (o) {
      var status = o.getAttribute('data-status'), isAutomatic = automaticStatuses.indexOf(status) >= 0;
      var loc = parseInt(o.getAttribute('data-loc'), 10) || 0;
      if (isAutomatic) { automatic++; automaticLines += loc; }
      lines += loc;
      hours += parseFloat(o.getAttribute('data-effort')) || 0;
      if (o.getAttribute('data-bucket') in buckets) buckets[o.getAttribute('data-bucket')]++;
      o.querySelectorAll('ul.items li[data-severity]').forEach(function (li) { severities[li.getAttribute('data-severity')]++; });
      var kind = kinds[o.getAttribute('data-kind')] = kinds[o.getAttribute('data-kind')] || {};
      kind[status] = (kind[status] || 0) + 1;
    });
    var items = Object.keys(severities).reduce(function (n, s) { return n + severities[s]; }, 0);
    var figures = {
      'objects-automatic': [share(automatic, shownObjects.length), automatic + ' of ' + shownObjects.length + ' objects'],
      'code-automatic': [share(automaticLines, lines), automaticLines + ' of ' + lines
          + ' lines in views, procedures, functions, packages and triggers'],
      'items': [String(items), Object.keys(severities).map(function (s) { return s + ' ' + severities[s]; }).join(', ')],
      'effort': [round2(hours) + ' h', round2(hours / hoursPerDay) + ' person-days of the shown objects; objects: simple '
          + buckets.simple + ', medium ' + buckets.medium + ', significant ' + buckets.significant]
    };
    Object.keys(tiles).forEach(function (id) {
      var shownFigures = all ? tiles[id].written : figures[id];
      tiles[id].value.textContent = shownFigures[0];
      tiles[id].detail.textContent = shownFigures[1];
    });
    drawKinds(kinds);
    drawSeverities(severities);
  }

  // Bars keep their rows; their lengths are relative to the largest kind shown, as the page draws them.
  function drawKinds(kinds) {
    var x0 = parseFloat(kindChart.getAttribute('data-x')), plot = parseFloat(kindChart.getAttribute('data-plot'));
    var totals = {}, max = 1;
    Object.keys(kinds).forEach(function (k) {
      totals[k] = Object.keys(kinds[k]).reduce(function (n, s) { return n + kinds[k][s]; }, 0);
      max = Math.max(max, totals[k]);
    });
    var ends = {};
    kindChart.querySelectorAll('rect[data-kind]').forEach(function (r) {
      var k = r.getAttribute('data-kind'), n = (kinds[k] || {})[r.getAttribute('data-status')] || 0;
      var x = k in ends ? ends[k] : x0, w = plot * n / max;
      r.setAttribute('x', x.toFixed(1));
      r.setAttribute('width', w.toFixed(1));
      ends[k] = x + w;
    });
    kindChart.querySelectorAll('text.count[data-kind]').forEach(function (t) {
      var k = t.getAttribute('data-kind');
      t.setAttribute('x', ((k in ends ? ends[k] : x0) + 4).toFixed(1));
      t.textContent = totals[k] || 0;
    });
  }

  function drawSeverities(severities) {
    var x0 = parseFloat(severityChart.getAttribute('data-x')), plot = parseFloat(severityChart.getAttribute('data-plot'));
    var max = Math.max(1, Math.max.apply(null, Object.keys(severities).map(function (s) { return severities[s]; })));
    severityChart.querySelectorAll('rect[data-severity]').forEach(function (r) {
      r.setAttribute('width', (plot * severities[r.getAttribute('data-severity')] / max).toFixed(1));
    });
    severityChart.querySelectorAll('text.count[data-severity]').forEach(function (t) {
      var n = severities[t.getAttribute('data-severity')];
      t.setAttribute('x', (x0 + plot * n / max + 4).toFixed(1));
      t.textContent = n;
    });
  }

  function updateAddress() {
    var params = new URLSearchParams();
    Object.keys(selects).forEach(function (name) { if (selects[name].value) params.set(name, selects[name].value); });
    if (text.value.trim()) params.set('text', text.value.trim());
    var query = params.toString();
    var address = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
    if (address !== window.location.pathname + window.location.search + window.location.hash) {
      window.history.replaceState(null, '', address);
    }
  }

  function reset() {
    Object.keys(selects).forEach(function (name) { selects[name].value = ''; });
    text.value = '';
    apply();
  }

  // Following a link to an object hidden by the filters clears the filters rather than going nowhere.
  function revealTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.closest('[hidden]')) {
      reset();
      target.scrollIntoView();
    }
  }

  var params = new URLSearchParams(window.location.search);
  Object.keys(selects).forEach(function (name) {
    var wanted = params.get(name);
    if (wanted && selects[name].querySelector('option[value="' + CSS.escape(wanted) + '"]')) selects[name].value = wanted;
    selects[name].addEventListener('change', apply);
  });
  text.value = params.get('text') || '';
  text.addEventListener('input', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  window.addEventListener('hashchange', revealTarget);
  apply();
  revealTarget();
  document.body.setAttribute('data-ready', 'true');
}());
