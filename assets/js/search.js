// search.js: the search page (search.html). Reads ?q=, searches this language's index
// (search-index.js, window.confsiteSearch, built at bake time in Fuse.js's own format) with
// Fuse.js, and lists the results by kind with the words found marked. Everything runs in the
// browser; nothing is sent anywhere. Without JavaScript the page is a plain index of every page.
(function () {
  'use strict';
  var data = window.confsiteSearch;
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search_q');
  var status = document.getElementById('search_status');
  var results = document.getElementById('search_results');
  var all = document.getElementById('search_all');
  if (!data || !window.Fuse || !form || !input || !status || !results) {
    return;
  }
  var KINDS = ['session', 'person', 'paper', 'news', 'page'];
  // Characters Traditional Chinese writes two ways (臺北 and 台北 are one city): the index and the
  // query are both searched with the first of each pair, and results are shown as written. Each
  // pair is one character for one, so the places found line up with the text as written.
  var VARIANTS = '台臺裡裏峰峯群羣著着衛衞啟啓為爲眾衆溫温線綫歎嘆床牀雞鷄麵麪污汙祕秘鉤鈎冊册';
  var FOLD = {};
  for (var v = 0; v < VARIANTS.length; v += 2) {
    FOLD[VARIANTS.charAt(v + 1)] = VARIANTS.charAt(v);
  }
  function fold(text) {
    return text.replace(/[^\u0000-\u2fff]/g, function (c) { return FOLD[c] || c; });
  }
  /** Each entry's text as written, by its number; the index keeps it folded. */
  var written = [];
  data.index.records.forEach(function (record) {
    written[record.i] = record.$['1'] ? record.$['1'].v : '';
    Object.keys(record.$).forEach(function (key) {
      record.$[key].v = fold(record.$[key].v);
    });
  });
  var fuse = new window.Fuse(data.docs, {
    keys: [{ name: 't', weight: 3 }, { name: 'x', weight: 1 }],
    useExtendedSearch: true,
    ignoreLocation: true,
    includeMatches: true,
    threshold: 0.2,
    minMatchCharLength: 1
  }, window.Fuse.parseIndex(data.index));

  /** The words of a query: each must appear in the title or the text (Fuse's 'word: includes). */
  function words(query) {
    return query.trim().split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  function say(template, count, query) {
    return template.split('{0}').join(String(count)).split('{1}').join(query);
  }

  /** Appends text to an element with the ranges found (Fuse's match indices) in <mark>. */
  function marked(parent, text, ranges) {
    var at = 0;
    (ranges || []).slice().sort(function (a, b) { return a[0] - b[0]; }).forEach(function (r) {
      if (r[0] < at) {
        return;
      }
      parent.appendChild(document.createTextNode(text.slice(at, r[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(r[0], r[1] + 1);
      parent.appendChild(mark);
      at = r[1] + 1;
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  /**
   * Some 160 characters of the text as written around the first word found, starting and ending
   * on whole words where the text has spaces.
   */
  function snippet(text, match) {
    var first = match.indices.length ? match.indices[0][0] : 0;
    var start = Math.max(0, first - 60);
    if (start > 0) {
      var space = text.indexOf(' ', start - 1);
      if (space >= 0 && space < first) {
        start = space + 1;
      }
    }
    var end = Math.min(text.length, start + 160);
    if (end < text.length) {
      var before = text.lastIndexOf(' ', end);
      if (before > first) {
        end = before;
      }
    }
    var ranges = match.indices.filter(function (r) { return r[0] >= start && r[1] < end; })
      .map(function (r) { return [r[0] - start, r[1] - start]; });
    return { text: (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : ''),
      ranges: ranges.map(function (r) { return start > 0 ? [r[0] + 2, r[1] + 2] : r; }) };
  }

  function show(query) {
    while (results.firstChild) {
      results.removeChild(results.firstChild);
    }
    var terms = words(query);
    if (terms.length === 0) {
      results.hidden = true;
      status.textContent = '';
      if (all) {
        all.hidden = false;
      }
      return;
    }
    var found = fuse.search(terms.map(function (w) { return "'" + fold(w); }).join(' '));
    var count = found.length;
    status.textContent = say(count === 0 ? results.dataset.none : count === 1 ? results.dataset.one : results.dataset.many,
      count, query.trim());
    KINDS.forEach(function (kind) {
      var ofKind = found.filter(function (r) { return r.item.k === kind; });
      if (ofKind.length === 0) {
        return;
      }
      var section = document.createElement('section');
      section.className = 'search-group';
      var heading = document.createElement('h2');
      heading.textContent = results.dataset['kind' + kind.charAt(0).toUpperCase() + kind.slice(1)] + ' (' + ofKind.length + ')';
      section.appendChild(heading);
      var list = document.createElement('ol');
      // The best 50 of a kind: past that, a longer query finds what the visitor means faster.
      ofKind.slice(0, 50).forEach(function (r) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = r.item.u;
        var inTitle = r.matches.filter(function (m) { return m.key === 't'; })[0];
        marked(link, r.item.t, inTitle ? inTitle.indices : []);
        item.appendChild(link);
        var inText = r.matches.filter(function (m) { return m.key === 'x'; })[0];
        if (inText) {
          var p = document.createElement('p');
          var s = snippet(written[r.refIndex], inText);
          marked(p, s.text, s.ranges);
          item.appendChild(p);
        }
        list.appendChild(item);
      });
      section.appendChild(list);
      results.appendChild(section);
    });
    results.hidden = false;
    if (all) {
      all.hidden = true;
    }
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  show(query);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    window.history.replaceState(null, '', url.toString());
    show(input.value);
  });
}());
