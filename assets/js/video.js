// video.js: a session's recording, shown only when the visitor asks. The page names the video by
// its provider and id (data-provider, data-video), checked when the site was built; nothing of the
// video host is requested before the visitor presses the button. Then the button gives way to the
// host's privacy-enhanced player (youtube-nocookie.com; Vimeo with dnt=1), whose origin the
// page's Content-Security-Policy allows in frames. Without this script the plain link beside the
// button leads to the video. The players' addresses are built here as VideoEmbed.embedUrl()
// builds them in the generator.
(function () {
  'use strict';
  var PLAYERS = {
    youtube: {
      id: /^[A-Za-z0-9_-]{11}$/,
      address: function (id, start) {
        return 'https://www.youtube-nocookie.com/embed/' + id + '?autoplay=1' + (start ? '&start=' + start : '');
      }
    },
    vimeo: {
      id: /^[0-9]{1,12}$/,
      address: function (id, start, hash) {
        return 'https://player.vimeo.com/video/' + id + '?dnt=1&autoplay=1' + (hash ? '&h=' + hash : '');
      }
    }
  };

  /** The player's address for a preview, or null when its data is not what the generator writes. */
  function address(box) {
    var provider = box.getAttribute('data-provider');
    var id = box.getAttribute('data-video') || '';
    var start = box.getAttribute('data-start') || '';
    var hash = box.getAttribute('data-hash') || '';
    var player = Object.prototype.hasOwnProperty.call(PLAYERS, provider) ? PLAYERS[provider] : null;
    if (!player || !player.id.test(id) || !/^[0-9]{0,6}$/.test(start) || !/^([0-9a-f]{6,20})?$/.test(hash)) {
      return null;
    }
    return player.address(id, start, hash);
  }

  function show(box, button, src) {
    var frame = document.createElement('iframe');
    frame.src = src;
    frame.title = box.getAttribute('data-frame-title') || button.textContent;
    frame.className = 'video-frame';
    frame.setAttribute('allow', 'autoplay; encrypted-media; fullscreen; picture-in-picture');
    frame.setAttribute('allowfullscreen', '');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    button.replaceWith(frame);
    // The button had the focus: the player takes it, so a keyboard user is not sent back to the page's start.
    frame.focus();
  }

  Array.prototype.forEach.call(document.querySelectorAll('.video-preview'), function (box) {
    var button = box.querySelector('button.video-load');
    var src = address(box);
    if (!button || !src) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      show(box, button, src);
    });
  });
})();
