/*
 * Glossary tooltips (WAI-ARIA tooltip pattern, WCAG 2.1 SC 1.4.13). A page holds each term's tooltip once (in
 * .term-tips, where screen readers find it through aria-describedby); when a term is hovered or focused this
 * script moves its tooltip beside it, where CSS shows it on hover and on focus, and puts it back afterwards.
 * Escape closes the open tooltip without moving focus or the pointer, and a tooltip that would leave the
 * viewport is moved back inside it: sideways, and above the term when there is no room below it.
 *
 * Tables marked .sortable (the comparison of key figures) get a button in each column heading that sorts the
 * rows by the cells' data-sort values; without the script they stay plain tables in the order the page has.
 */
(function () {
  'use strict';

  var MARGIN = 8;

  function place(wrap) {
    var tip = wrap.querySelector('.tip');
    if (!tip) {
      return;
    }
    tip.style.removeProperty('--shift');
    wrap.classList.remove('tip-above');
    var rect = tip.getBoundingClientRect();
    var height = document.documentElement.clientHeight;
    if (rect.bottom > height - MARGIN) {
      // no room below the term: open above it if there is room there
      var term = wrap.getBoundingClientRect();
      if (term.top - rect.height - MARGIN >= 0) {
        wrap.classList.add('tip-above');
        rect = tip.getBoundingClientRect();
      }
    }
    var width = document.documentElement.clientWidth;
    var shift = 0;
    if (rect.right > width - MARGIN) {
      shift = width - MARGIN - rect.right;
    }
    if (rect.left + shift < MARGIN) {
      shift = MARGIN - rect.left;
    }
    if (shift !== 0) {
      tip.style.setProperty('--shift', Math.round(shift) + 'px');
    }
  }

  function tipOf(wrap) {
    var term = wrap.querySelector('.term');
    var id = term && term.getAttribute('aria-describedby');
    return id ? document.getElementById(id) : null;
  }

  function open(wrap) {
    var tip = tipOf(wrap);
    if (tip && tip.parentNode !== wrap) {
      if (!tip.archiveHome) {
        tip.archiveHome = tip.parentNode;
      }
      wrap.appendChild(tip);
    }
    wrap.classList.remove('tip-dismissed');
    place(wrap);
  }

  function putBack(wrap) {
    var tip = wrap.querySelector('.tip');
    if (tip && tip.archiveHome) {
      tip.archiveHome.appendChild(tip);
    }
  }

  document.addEventListener('mouseover', function (event) {
    var wrap = event.target.closest && event.target.closest('.term-wrap');
    if (wrap && !wrap.contains(event.relatedTarget)) {
      open(wrap);
    }
  });

  document.addEventListener('focusin', function (event) {
    var wrap = event.target.closest && event.target.closest('.term-wrap');
    if (wrap) {
      open(wrap);
    }
  });

  document.addEventListener('mouseout', function (event) {
    var wrap = event.target.closest && event.target.closest('.term-wrap');
    if (wrap && !wrap.contains(event.relatedTarget)) {
      wrap.classList.remove('tip-dismissed');
      if (!wrap.matches(':focus-within')) {
        putBack(wrap);
      }
    }
  });

  document.addEventListener('focusout', function (event) {
    var wrap = event.target.closest && event.target.closest('.term-wrap');
    if (wrap && !wrap.contains(event.relatedTarget) && !wrap.matches(':hover')) {
      putBack(wrap);
    }
  });

  window.addEventListener('beforeprint', function () {
    var wraps = document.querySelectorAll('.term-wrap');
    for (var i = 0; i < wraps.length; i++) {
      putBack(wraps[i]);
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') {
      return;
    }
    var open = document.querySelectorAll('.term-wrap:hover, .term-wrap:focus-within');
    for (var i = 0; i < open.length; i++) {
      open[i].classList.add('tip-dismissed');
    }
  });
}());

(function () {
  'use strict';

  function value(row, column) {
    var cell = row.children[column];
    return cell ? (cell.getAttribute('data-sort') || cell.textContent.trim()) : '';
  }

  function sort(table, column, heading) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var descending = heading.getAttribute('aria-sort') === 'ascending';
    var numeric = rows.every(function (r) { var v = value(r, column); return v === '' || !isNaN(Number(v)); });
    rows.sort(function (a, b) {
      var x = value(a, column);
      var y = value(b, column);
      var order = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'zh-Hans-CN');
      return descending ? -order : order;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    var headings = table.tHead.rows[0].cells;
    for (var i = 0; i < headings.length; i++) {
      headings[i].removeAttribute('aria-sort');
    }
    heading.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
  }

  var tables = document.querySelectorAll('table.sortable');
  for (var t = 0; t < tables.length; t++) {
    var table = tables[t];
    if (!table.tHead || !table.tBodies.length) {
      continue;
    }
    var headings = table.tHead.rows[0].cells;
    for (var c = 0; c < headings.length; c++) {
      var heading = headings[c];
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (heading.firstChild) {
        button.appendChild(heading.firstChild);
      }
      heading.appendChild(button);
      button.addEventListener('click', sort.bind(null, table, c, heading));
    }
  }
}());
