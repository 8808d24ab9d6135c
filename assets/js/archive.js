/*
 * Glossary tooltips (WAI-ARIA tooltip pattern, WCAG 2.1 SC 1.4.13). The tooltips show on hover and on
 * keyboard focus by CSS alone; this script adds what CSS cannot: Escape closes the open tooltip without moving
 * focus or the pointer, and a tooltip that would leave the viewport is moved back inside it.
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
    var rect = tip.getBoundingClientRect();
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

  function open(wrap) {
    wrap.classList.remove('tip-dismissed');
    place(wrap);
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
