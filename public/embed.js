/*
 * Downhill embeds: sizes every Downhill figure iframe on this page to its figure, and keeps it
 * sized as the figure changes. Add it once, anywhere on the page:
 *
 *   <script async src="https://<the Downhill site>/embed.js"></script>
 *
 * The protocol (version 1), for pages that would rather listen themselves:
 * - A figure page in a frame posts { type: 'downhill:size', version: 1, id, width, height, href } to
 *   its parent when it loads and whenever its height changes: height is the CSS pixels the iframe
 *   needs to show all of it without an inner scrollbar at its current width; href is the figure's
 *   link in the book.
 * - A parent that sizes the iframe answers { type: 'downhill:hello', version: 1 } (and may send it
 *   first, to ask for the size). A figure that has been answered lays out at its natural height; one
 *   that has not fits itself to the box it was given (a compact layout).
 * Only messages from the origin this script was loaded from are read, and only for the iframe that
 * sent them.
 */
(function () {
  if (window.downhillEmbed) return;
  window.downhillEmbed = { version: 1 };
  var script = document.currentScript;
  var origin;
  try {
    origin = new URL(script && script.src ? script.src : location.href).origin;
  } catch (e) {
    return;
  }
  var hello = { type: 'downhill:hello', version: 1 };

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || typeof d !== 'object' || d.type !== 'downhill:size') return;
    var frame = frameOf(e.source);
    if (!frame) return;
    var h = Math.ceil(Number(d.height));
    if (h > 0 && h < 30000) {
      frame.style.height = h + 'px';
      frame.setAttribute('data-downhill-height', String(h));
    }
    if (!frame.hasAttribute('data-downhill-sized')) {
      frame.setAttribute('data-downhill-sized', '');
      e.source.postMessage(hello, origin);
    }
  });

  // Frames that loaded before this script ran posted their size to no one: ask them again.
  function greet() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      try {
        if (frames[i].contentWindow) frames[i].contentWindow.postMessage(hello, origin);
      } catch (e) {
        /* a frame of another site: the browser drops the message */
      }
    }
  }
  greet();
  if (document.readyState !== 'complete') window.addEventListener('load', greet);
})();
