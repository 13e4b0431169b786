// Test helper for the strict-CSP harness self-test (a classic same-origin script, no modules):
// fetches the URL of every element with data-harness-fetch and writes the outcome into
// data-harness-result, so a test can prove same-origin fetches pass and foreign ones are caught.
// It also does one Trusted-Types-violating sink write when asked (data-harness-sink).
(function () {
  'use strict';
  function run() {
    document.querySelectorAll('[data-harness-fetch]').forEach(function (el) {
      fetch(el.getAttribute('data-harness-fetch'))
        .then(function (res) {
          el.setAttribute('data-harness-result', 'status ' + res.status);
        })
        .catch(function (err) {
          el.setAttribute('data-harness-result', 'failed ' + err.name);
        });
    });
    document.querySelectorAll('[data-harness-sink]').forEach(function (el) {
      try {
        // A deliberate Trusted Types sink: the harness self-test proves the CSP page blocks it.
        // eslint-disable-next-line no-restricted-properties
        el.innerHTML = el.getAttribute('data-harness-sink');
        el.setAttribute('data-harness-result', 'sink allowed');
      } catch (err) {
        el.setAttribute('data-harness-result', 'sink blocked ' + err.name);
      }
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
})();
