// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', function () {
  // htmx requests carry the CSRF token from the page's meta tags
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (token && header) { event.detail.headers[header.content] = token.content; }
  });
  // "add a row" buttons clone the last row of a repeatable group and renumber its field names
  document.querySelectorAll('[data-add-row]').forEach(function (button) {
    button.addEventListener('click', function () {
      var group = document.getElementById(button.getAttribute('data-add-row'));
      var rows = group.querySelectorAll('[data-row]');
      var last = rows[rows.length - 1];
      var copy = last.cloneNode(true);
      var index = rows.length;
      copy.querySelectorAll('input, select, textarea').forEach(function (input) {
        ['name', 'id'].forEach(function (attribute) {
          var value = input.getAttribute(attribute);
          if (value) { input.setAttribute(attribute, value.replace(/\[\d+\]/, '[' + index + ']').replace(/(\D)\d+$/, '$1' + index)); }
        });
        if (input.tagName === 'SELECT') { input.selectedIndex = 0; } else { input.value = ''; }
      });
      copy.querySelectorAll('label').forEach(function (label) {
        var target = label.getAttribute('for');
        if (target) { label.setAttribute('for', target.replace(/\d+$/, index)); }
      });
      copy.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
      group.appendChild(copy);
    });
  });
  // import progress: poll the job until it finishes
  var progress = document.querySelector('[data-import-progress]');
  if (progress) {
    var url = progress.getAttribute('data-import-progress');
    var poll = function () {
      fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (r) { return r.json(); }).then(function (job) {
        var bar = progress.querySelector('.progress-bar');
        var percent = job.total > 0 ? Math.floor(100 * job.processed / job.total) : 0;
        bar.style.width = percent + '%';
        bar.setAttribute('aria-valuenow', percent);
        bar.textContent = percent + '%';
        if (job.state === 'RUNNING' || job.state === 'QUEUED') { setTimeout(poll, 500); } else { window.location.reload(); }
      }).catch(function () { setTimeout(poll, 2000); });
    };
    poll();
  }
});
