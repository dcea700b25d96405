// report.html filtering: kind, status and severity selects hide object sections and occurrence
// rows that do not match. Initial values may come from the query string (?status=manual), so a
// filtered view can be shared as a link. The page is complete without this script.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var selects = {
    kind: document.getElementById('filter-kind'),
    status: document.getElementById('filter-status'),
    severity: document.getElementById('filter-severity')
  };
  var objects = Array.prototype.slice.call(document.querySelectorAll('article.object'));
  var occurrences = Array.prototype.slice.call(document.querySelectorAll('tr.occurrence'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('details.code-group'));
  var count = document.getElementById('filter-count');

  function matches(el, severityAttribute) {
    var kind = selects.kind.value, status = selects.status.value, severity = selects.severity.value;
    if (kind && el.getAttribute('data-kind') !== kind) return false;
    if (status && el.getAttribute('data-status') !== status) return false;
    if (severity && (' ' + el.getAttribute(severityAttribute) + ' ').indexOf(' ' + severity + ' ') < 0) return false;
    return true;
  }

  function apply() {
    var shown = 0;
    objects.forEach(function (o) {
      var visible = matches(o, 'data-severities');
      o.hidden = !visible;
      if (visible) shown++;
    });
    occurrences.forEach(function (row) { row.hidden = !matches(row, 'data-severity'); });
    groups.forEach(function (g) { g.hidden = g.querySelector('tr.occurrence:not([hidden])') === null; });
    count.textContent = shown + ' of ' + objects.length + ' objects shown';
  }

  function reset() {
    Object.keys(selects).forEach(function (name) { selects[name].value = ''; });
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
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  window.addEventListener('hashchange', revealTarget);
  apply();
  revealTarget();
  document.body.setAttribute('data-ready', 'true');
}());
