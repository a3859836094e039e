// now.js: during the conference, marks on the programme the sessions running now and those
// starting next, by the conference's clock (the zone in its data) whatever the visitor's own zone, and
// shows the visitor's time beside the conference's when the two differ. Outside the conference's
// days it changes nothing but that last point.
(function () {
  'use strict';
  var banner = document.getElementById('now_banner');
  if (!banner || !window.Intl) {
    return;
  }
  var zone = banner.dataset.zone;
  var lang = document.documentElement.lang;
  var sessions = Array.prototype.slice.call(document.querySelectorAll('[data-start][data-end]'));
  var conferenceClock = new Intl.DateTimeFormat(lang, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  var localClock = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  var conferenceDay = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  var localDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
  var localDayClock = new Intl.DateTimeFormat(lang, { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

  function differs(ms) {
    return conferenceClock.format(ms) !== localClock.format(ms);
  }

  function badge(element, kind, text) {
    var old = element.querySelector(':scope > .now-badge');
    if (old) {
      old.remove();
    }
    element.classList.remove('is-now', 'is-next');
    if (kind) {
      element.classList.add(kind);
      var span = document.createElement('span');
      span.className = 'now-badge';
      span.textContent = text;
      element.insertBefore(span, element.firstChild);
    }
  }

  function localTimes() {
    sessions.forEach(function (element) {
      var start = Date.parse(element.dataset.start);
      var end = Date.parse(element.dataset.end);
      var when = element.querySelector('.when');
      if (!when || when.querySelector('.local-time') || !differs(start)) {
        return;
      }
      var span = document.createElement('span');
      span.className = 'local-time';
      // Where it is another day for the visitor, the day is given too.
      var otherDay = localDay.format(start) !== conferenceDay.format(start);
      var range = (otherDay ? localDayClock : localClock).format(start) + '\u2013' + localClock.format(end);
      span.textContent = ' (' + banner.dataset.yoursRange.split('{0}').join(range) + ')';
      when.appendChild(span);
    });
  }

  function update() {
    var now = Date.now();
    var day = conferenceDay.format(now);
    var during = day >= banner.dataset.first && day <= banner.dataset.last;
    if (!during) {
      banner.hidden = true;
      sessions.forEach(function (element) { badge(element, null); });
      return;
    }
    var text = banner.dataset.banner.split('{0}').join(conferenceClock.format(now));
    if (differs(now)) {
      text += ' ' + banner.dataset.yours.split('{0}').join(localClock.format(now));
    }
    banner.textContent = text;
    banner.hidden = false;
    var next = Infinity;
    sessions.forEach(function (element) {
      var start = Date.parse(element.dataset.start);
      if (start > now && start < next) {
        next = start;
      }
    });
    sessions.forEach(function (element) {
      var start = Date.parse(element.dataset.start);
      var end = Date.parse(element.dataset.end);
      if (start <= now && now < end) {
        badge(element, 'is-now', banner.dataset.now);
      } else if (start === next) {
        badge(element, 'is-next', banner.dataset.next);
      } else {
        badge(element, null);
      }
    });
  }

  localTimes();
  update();
  window.setInterval(update, 30000);
}());
