// agenda.js: the visitor's own agenda. On the programme's pages it shows a star on each session
// (a toggle button) and keeps the starred sessions in this browser's localStorage, nothing sent
// anywhere; on agenda.html it lists them by day with clashes flagged, makes an .ics file of them
// in the browser (with the UIDs of the site's own calendars), and a link that opens the same
// selection elsewhere (agenda.html#s=id,id).
(function () {
  'use strict';
  var status = document.getElementById('agenda_status');
  if (!status) {
    return;
  }
  // One agenda per site (its base path), the same in every language: session ids are the same.
  var KEY = 'confsite-agenda:' + status.dataset.key;

  /** A session id as the site writes them: lowercase letters, digits and hyphens. */
  function valid(id) {
    return typeof id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);
  }

  function load() {
    try {
      var ids = JSON.parse(localStorage.getItem(KEY) || '[]');
      return Array.isArray(ids) ? ids.filter(valid) : [];
    } catch (e) {
      return [];
    }
  }

  function save(ids) {
    try {
      localStorage.setItem(KEY, JSON.stringify(ids));
    } catch (e) {
      // Storage refused (private mode, full): the agenda lasts as long as the page.
    }
  }

  function say(text) {
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  // ---- Stars on the programme's pages ----
  var stars = Array.prototype.slice.call(document.querySelectorAll('button.star[data-session]'));

  function paint() {
    var ids = load();
    stars.forEach(function (b) {
      b.setAttribute('aria-pressed', ids.indexOf(b.dataset.session) >= 0 ? 'true' : 'false');
    });
  }

  stars.forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      var ids = load();
      var at = ids.indexOf(b.dataset.session);
      if (at >= 0) {
        ids.splice(at, 1);
      } else {
        ids.push(b.dataset.session);
      }
      save(ids);
      paint();
      say((at < 0 ? status.dataset.added : status.dataset.removed).split('{0}').join(b.dataset.title));
    });
  });
  document.querySelectorAll('a.agenda-link').forEach(function (a) { a.hidden = false; });
  window.addEventListener('storage', paint);
  paint();

  // ---- The agenda page ----
  var page = document.getElementById('agenda');
  var data = window.confsiteSessions;
  if (!page || !data) {
    return;
  }
  var noscript = document.getElementById('agenda_noscript');
  if (noscript) {
    noscript.hidden = true;
  }
  page.hidden = false;
  var days = document.getElementById('agenda_days');
  var link = document.getElementById('agenda_link');
  var sharedBox = document.getElementById('agenda_shared');
  var download = document.getElementById('agenda_download');

  /** Whether the site has a session of this id (not a name every object has, such as "constructor"). */
  function known(id) {
    return valid(id) && Object.prototype.hasOwnProperty.call(data.sessions, id);
  }

  function sharedIds() {
    var m = /(?:^|[#&])s=([^&]*)/.exec(location.hash.slice(1));
    if (!m) {
      return null;
    }
    try {
      return decodeURIComponent(m[1]).split(',').filter(known);
    } catch (e) {
      return null; // not a link this page made
    }
  }

  function fill(template, value) {
    return template.split('{0}').join(value);
  }

  function sessionsOf(ids) {
    return ids.filter(known).map(function (id) {
      var s = data.sessions[id];
      return { id: id, t: s.t, d: s.d, s: s.s, e: s.e, r: s.r, u: s.u, url: s.url, uid: s.uid,
        start: s.s ? Date.parse(s.s) : null, end: s.e ? Date.parse(s.e) : null };
    }).sort(function (a, b) {
      return a.d < b.d ? -1 : a.d > b.d ? 1 : (a.start || 0) - (b.start || 0);
    });
  }

  /** The time at the conference (the data's own offset), as "09:30". */
  function clock(iso) {
    return iso ? iso.substr(11, 5) : '';
  }

  function draw(ids) {
    while (days.firstChild) {
      days.removeChild(days.firstChild);
    }
    var list = sessionsOf(ids);
    if (list.length === 0) {
      var p = document.createElement('p');
      p.textContent = page.dataset.empty;
      days.appendChild(p);
    }
    var day = null;
    var ul = null;
    list.forEach(function (s) {
      if (s.d !== day) {
        day = s.d;
        var h = document.createElement('h2');
        var time = document.createElement('time');
        time.dateTime = s.d;
        time.textContent = new Intl.DateTimeFormat(document.documentElement.lang, { weekday: 'long', year: 'numeric',
          month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(s.d + 'T00:00:00Z'));
        h.appendChild(time);
        days.appendChild(h);
        ul = document.createElement('ul');
        ul.className = 'agenda-list';
        days.appendChild(ul);
      }
      var li = document.createElement('li');
      li.dataset.session = s.id;
      var when = document.createElement('span');
      when.className = 'when';
      when.textContent = s.s ? clock(s.s) + '\u2013' + clock(s.e) : page.dataset.tba;
      li.appendChild(when);
      li.appendChild(document.createTextNode(' '));
      var a = document.createElement('a');
      a.href = s.u;
      a.textContent = s.t;
      li.appendChild(a);
      if (s.r) {
        li.appendChild(document.createTextNode(' \u00b7 ' + s.r));
      }
      var clashes = list.filter(function (o) {
        return o !== s && s.start !== null && o.start !== null && o.start < s.end && s.start < o.end;
      });
      if (clashes.length) {
        li.className = 'clash';
        var c = document.createElement('strong');
        c.className = 'clash-note';
        c.textContent = ' ' + fill(page.dataset.clash, clashes.map(function (o) { return o.t; }).join(', '));
        li.appendChild(c);
      }
      ul.appendChild(li);
    });
    var url = new URL(location.href);
    url.hash = 's=' + ids.join(',');
    link.value = url.toString();
    // A calendar file needs at least one event: sessions without a time yet have none.
    download.disabled = !list.some(function (s) { return s.start !== null; });
  }

  /** RFC 5545 text: backslash, semicolon, comma and newline escaped. */
  function text(value) {
    return String(value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
  }

  /** Folds a content line at 75 octets of UTF-8, continuation lines starting with a space. */
  function fold(line) {
    var out = [];
    var current = '';
    var octets = 0;
    Array.from(line).forEach(function (ch) {
      var n = new TextEncoder().encode(ch).length;
      if (octets + n > (out.length ? 74 : 75)) {
        out.push(current);
        current = '';
        octets = 0;
      }
      current += ch;
      octets += n;
    });
    out.push(current);
    return out.join('\r\n ');
  }

  function utc(ms) {
    return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  }

  /** The agenda as an iCalendar file: one VEVENT per timed session, with the site's UIDs. */
  function ics(ids) {
    var lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//confsite//' + text(data.name) + ' agenda//',
      'CALSCALE:GREGORIAN', 'X-WR-CALNAME:' + text(page.dataset.calname)];
    var stamp = utc(Date.now());
    sessionsOf(ids).forEach(function (s) {
      if (s.start === null) {
        return; // a session without a time yet has nothing to put in a calendar
      }
      lines.push('BEGIN:VEVENT', 'UID:' + s.uid, 'DTSTAMP:' + stamp, 'DTSTART:' + utc(s.start), 'DTEND:' + utc(s.end),
        'SUMMARY:' + text(s.t));
      if (s.r) {
        lines.push('LOCATION:' + text(s.r));
      }
      lines.push('URL:' + s.url, 'END:VEVENT');
    });
    lines.push('END:VCALENDAR');
    return lines.map(fold).join('\r\n') + '\r\n';
  }
  window.confsiteAgendaIcs = function () { return ics(load()); };

  var shared = sharedIds();
  if (shared) {
    sharedBox.hidden = false;
    document.getElementById('agenda_shared_text').textContent = fill(shared.length === 1 ? page.dataset.sharedOne
      : page.dataset.shared, String(shared.length));
    document.getElementById('agenda_keep').addEventListener('click', function () {
      var ids = load();
      shared.forEach(function (id) {
        if (ids.indexOf(id) < 0) {
          ids.push(id);
        }
      });
      save(ids);
      history.replaceState(null, '', location.pathname + location.search);
      sharedBox.hidden = true;
      draw(ids);
    });
    draw(shared);
  } else {
    draw(load());
  }
  download.addEventListener('click', function () {
    var blob = new Blob([ics(shared && !sharedBox.hidden ? shared : load())], { type: 'text/calendar' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'agenda.ics';
    document.body.appendChild(a);
    a.click();
    window.setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  });
  window.addEventListener('storage', function () {
    if (sharedBox.hidden) {
      draw(load());
    }
  });
}());
