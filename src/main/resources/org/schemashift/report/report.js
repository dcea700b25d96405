// report.html filtering: kind, status, severity, code and a text search hide object sections,
// occurrence rows and complexity rows that do not match, and the shown objects' count and effort
// are summed. The filters live in the query string (?status=manual&text=nvl), updated as they
// change, so a filtered view can be shared as a link. The page is complete without this script.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var selects = {
    kind: document.getElementById('filter-kind'),
    status: document.getElementById('filter-status'),
    severity: document.getElementById('filter-severity'),
    code: document.getElementById('filter-code')
  };
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
    count.textContent = shown + ' of ' + objects.length + ' objects shown';
    effort.textContent = Math.round(hours * 100) / 100 + ' h of effort shown';
    updateAddress();
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
