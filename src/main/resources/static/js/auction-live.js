// The live auction page: server-sent events keep price, bids, end time and status current; the countdown runs on the
// server's clock (every event carries the server time); bids go out with fetch. Without JavaScript the page still works:
// the bid form posts and the page reloads.
(function () {
  'use strict';
  var root = document.getElementById('auction-live');
  if (!root || !window.EventSource) {
    return;
  }
  var d = root.dataset;
  var offset = Date.parse(d.serverTime) - Date.now();
  var endsAt = Date.parse(d.endsAt);
  var startsAt = Date.parse(d.startsAt);
  var status = d.status;
  var you = d.you || null;
  var byId = function (id) { return document.getElementById(id); };
  var closedStatus = function (s) { return s === 'SOLD' || s === 'FAILED' || s === 'CANCELLED'; };
  var wasClosed = closedStatus(status);

  function fmt(template, args) {
    return String(template).replace(/\{(\d+)\}/g, function (m, i) { return args[+i] !== undefined ? args[+i] : m; });
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function localTime(iso, withMillis) {
    var date = new Date(iso);
    try {
      var text = date.toLocaleString(document.documentElement.lang || 'zh-CN', {
        timeZone: d.zone, hour12: false, year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit'
      });
      return withMillis ? text + '.' + String(date.getUTCMilliseconds()).padStart(3, '0') : text;
    } catch (e) {
      return iso;
    }
  }

  function tick() {
    var now = Date.now() + offset;
    var label = byId('countdown-label');
    var out = byId('countdown');
    if (closedStatus(status)) {
      out.textContent = d.msgEnded;
      return;
    }
    var ms;
    if (now < startsAt) {
      label.textContent = d.msgStarts;
      ms = startsAt - now;
    } else {
      label.textContent = d.msgEnds;
      ms = endsAt - now;
    }
    if (ms <= 0) {
      out.textContent = d.msgEnded;
      return;
    }
    var s = Math.floor(ms / 1000);
    var days = Math.floor(s / 86400);
    s -= days * 86400;
    out.textContent = (days > 0 ? fmt(d.msgDays, [days]) : '') + pad(Math.floor(s / 3600)) + ':' +
      pad(Math.floor((s % 3600) / 60)) + ':' + pad(s % 60);
  }

  function row(b) {
    var tr = document.createElement('tr');
    tr.setAttribute('data-sequence', b.sequence);
    var cells = [String(b.sequence), b.bidder + (you && b.bidder === you ? ' ★' : ''), b.amount, localTime(b.placedAt, true)];
    cells.forEach(function (text, i) {
      var td = document.createElement('td');
      td.textContent = text;
      if (i === 1) { td.className = 'bidder'; }
      if (i === 2) { td.className = 'text-end amount'; }
      if (i === 3) { td.className = 'small placed-at'; }
      tr.appendChild(td);
    });
    return tr;
  }

  function addBids(list, bids, reset) {
    if (reset) {
      list.textContent = '';
    }
    bids.forEach(function (b) {
      if (list.querySelector('tr[data-sequence="' + b.sequence + '"]')) {
        return;
      }
      list.insertBefore(row(b), list.firstChild);
    });
    while (list.children.length > 20) {
      list.removeChild(list.lastChild);
    }
  }

  function statusLabel(s) {
    return { OPEN: d.msgStatusOpen, SOLD: d.msgStatusSold, FAILED: d.msgStatusFailed, CANCELLED: d.msgStatusCancelled }[s];
  }

  function apply(state) {
    if (state.serverTime) {
      offset = Date.parse(state.serverTime) - Date.now();
    }
    if (state.status) {
      status = state.status;
      if (statusLabel(status)) {
        byId('auction-status').textContent = statusLabel(status);
      }
    }
    if ('currentPrice' in state) {
      byId('current-price').textContent = state.currentPrice || d.msgNoBids;
    }
    if (state.minimumBid) {
      byId('minimum-bid').textContent = state.minimumBid;
      var amount = byId('amount');
      if (amount) { amount.placeholder = state.minimumBid; }
    }
    if (state.bidCount !== undefined) {
      byId('bid-count').textContent = state.bidCount;
    }
    if ('leader' in state) {
      byId('leader').textContent = state.leader || '—';
    }
    if (state.startsAt) {
      startsAt = Date.parse(state.startsAt);
    }
    if (state.endsAt) {
      endsAt = Date.parse(state.endsAt);
      byId('ends-at').textContent = localTime(state.endsAt, false);
    }
    if (state.extendedFrom) {
      var notice = byId('extension-notice');
      notice.textContent = fmt(d.msgExtended, [localTime(state.endsAt, false)]);
      notice.hidden = false;
    }
    if (state.bids) {
      addBids(byId('bid-list'), state.bids, state.reset);
    }
    tick();
    if (closedStatus(status) && !wasClosed) {
      // the result (winner, hammer price, what to do next) is rendered by the server
      wasClosed = true;
      setTimeout(function () { window.location.reload(); }, 1500);
    }
  }

  function personal(notice) {
    if (notice.serverTime) {
      offset = Date.parse(notice.serverTime) - Date.now();
    }
    var box = byId('personal-notice');
    box.textContent = notice.kind === 'won' ? fmt(d.msgWon, [notice.price]) : fmt(d.msgOutbid, [notice.price, notice.by]);
    box.hidden = false;
  }

  // the server wrote the times of the first rows in UTC: show them in the platform's time zone like the rest
  document.querySelectorAll('#bid-list tr[data-placed-at]').forEach(function (tr) {
    var cell = tr.querySelector('.placed-at');
    if (cell) { cell.textContent = localTime(tr.getAttribute('data-placed-at'), true); }
  });

  var source = new EventSource(d.events);
  source.addEventListener('state', function (e) { apply(JSON.parse(e.data)); });
  source.addEventListener('notice', function (e) { personal(JSON.parse(e.data)); });
  source.addEventListener('ping', function (e) {
    var p = JSON.parse(e.data);
    offset = Date.parse(p.serverTime) - Date.now();
  });
  window.addEventListener('beforeunload', function () { source.close(); });
  tick();
  setInterval(tick, 250);

  var form = byId('bid-form');
  if (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var input = byId('amount');
      var result = byId('bid-result');
      var token = document.querySelector('meta[name="_csrf"]');
      var header = document.querySelector('meta[name="_csrf_header"]');
      var headers = { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' };
      if (token && header) { headers[header.content] = token.content; }
      var button = byId('place-bid');
      button.disabled = true;
      fetch(d.bidUrl, { method: 'POST', headers: headers, credentials: 'same-origin',
        body: 'amount=' + encodeURIComponent(input.value.trim()) })
        .then(function (r) { return r.json().then(function (body) { return { ok: r.status === 201, body: body }; }); })
        .then(function (answer) {
          result.className = 'small mt-2 ' + (answer.ok ? 'text-success' : 'text-danger');
          if (answer.ok) {
            result.textContent = fmt(d.msgAccepted, [answer.body.sequence, answer.body.amount]);
            input.value = '';
          } else {
            result.textContent = answer.body.detail || d.msgError;
          }
        })
        .catch(function () {
          result.className = 'small mt-2 text-danger';
          result.textContent = d.msgError;
        })
        .finally(function () { button.disabled = false; });
    });
  }
}());
