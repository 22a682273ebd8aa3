// Dashboard downloads: "select all on this page", and the number of chosen items on the
// download button (disabled while none is chosen). Without this script the checkboxes
// still work one by one.
(function () {
  'use strict';
  var form = document.getElementById('batch-download');
  var selectAll = document.getElementById('select-all-items');
  var button = document.getElementById('download-selected');
  if (!form || !selectAll || !button) {
    return;
  }
  var count = button.querySelector('[data-selected-count]');

  function boxes() {
    return Array.prototype.slice.call(document.querySelectorAll('input[type=checkbox][form="batch-download"]'));
  }

  function update() {
    var all = boxes();
    var chosen = all.filter(function (box) { return box.checked; }).length;
    count.textContent = chosen > 0 ? '(' + chosen + ') ' : '';
    button.disabled = chosen === 0;
    selectAll.checked = all.length > 0 && chosen === all.length;
    selectAll.indeterminate = chosen > 0 && chosen < all.length;
  }

  selectAll.closest('label').hidden = false;
  selectAll.addEventListener('change', function () {
    boxes().forEach(function (box) { box.checked = selectAll.checked; });
    update();
  });
  document.addEventListener('change', function (event) {
    if (event.target.matches('input[type=checkbox][form="batch-download"]')) {
      update();
    }
  });
  update();
}());
