// The review pages' one script (visualize.py inlines it). Hover an item -> its
// evidence marks light up; click -> scroll to the next piece. Hover a mark ->
// the items it belongs to light up; click -> scroll to the first. Everything is
// keyed by our own ids (letters, digits, '-'), never by article text.
(function () {
  var byItem = {};
  var marks = document.querySelectorAll('mark[data-items]');
  Array.prototype.forEach.call(marks, function (m) {
    m.getAttribute('data-items').split(' ').forEach(function (id) {
      if (id) { (byItem[id] = byItem[id] || []).push(m); }
    });
  });
  function items(id) { return document.querySelectorAll('[data-item="' + id + '"]'); }
  function light(id, on) {
    (byItem[id] || []).forEach(function (m) { m.classList.toggle('hl', on); });
    Array.prototype.forEach.call(items(id), function (el) { el.classList.toggle('hl', on); });
  }
  function reveal(el) {
    var box = el.closest('details'); if (box) { box.open = true; }
    el.scrollIntoView({behavior: 'smooth', block: 'center'});
    el.classList.remove('flash'); void el.offsetWidth; el.classList.add('flash');
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-item]'), function (el) {
    var id = el.getAttribute('data-item'), next = 0;
    el.addEventListener('mouseenter', function () { light(id, true); });
    el.addEventListener('mouseleave', function () { light(id, false); });
    el.addEventListener('click', function (ev) {
      ev.stopPropagation();
      var ms = byItem[id] || [];
      if (ms.length) { reveal(ms[next % ms.length]); next += 1; }
    });
  });
  Array.prototype.forEach.call(marks, function (m) {
    var ids = m.getAttribute('data-items').split(' ');
    m.addEventListener('mouseenter', function () { ids.forEach(function (id) { light(id, true); }); });
    m.addEventListener('mouseleave', function () { ids.forEach(function (id) { light(id, false); }); });
    m.addEventListener('click', function () {
      var first = items(ids[0]); if (first.length) { reveal(first[0]); }
    });
  });
  // Keyboard: Enter or Space on a focused item or cell does what a click does.
  Array.prototype.forEach.call(document.querySelectorAll('[tabindex="0"]'), function (el) {
    el.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); el.click(); }
    });
  });
  // Evaluation page: a click on a field's score row keeps only that field's errors.
  var active = null, note = document.querySelector('.filter-note');
  Array.prototype.forEach.call(document.querySelectorAll('table.scores tr[data-field]'), function (row) {
    row.addEventListener('click', function () {
      var field = row.getAttribute('data-field');
      active = active === field ? null : field;
      Array.prototype.forEach.call(document.querySelectorAll('table.scores tr'), function (r) {
        r.classList.toggle('active', active !== null && r === row);
      });
      Array.prototype.forEach.call(document.querySelectorAll('details.article'), function (d) {
        var has = d.getAttribute('data-fields').split(' ').indexOf(field) >= 0;
        d.hidden = active !== null && !has;
        if (active !== null && has) { d.open = true; }
      });
      Array.prototype.forEach.call(document.querySelectorAll('.field-block'), function (b) {
        b.hidden = active !== null && b.getAttribute('data-field') !== active;
      });
      if (note) {
        note.hidden = active === null;
        note.textContent = active === null ? '' : 'only ' + active + ' (click the row again for all)';
      }
    });
  });
  var expand = document.querySelector('button.expand');
  if (expand) {
    expand.addEventListener('click', function () {
      var boxes = document.querySelectorAll('details.article');
      var open = !Array.prototype.every.call(boxes, function (d) { return d.open; });
      Array.prototype.forEach.call(boxes, function (d) { d.open = open; });
    });
  }
})();
