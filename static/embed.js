/*! Battery Recycling Valleys map: host-page helper for the postMessage API v1. No dependencies. MIT.
 *
 * Usage (on the page that embeds the map):
 *   <iframe src="https://MAP-ORIGIN/embed?regions=ES61" title="Battery recycling valleys"
 *           style="display:block;width:100%;border:0" data-bvm-autoheight></iframe>
 *   <script src="https://MAP-ORIGIN/embed.js" async></script>
 *
 * Auto-height: every <iframe data-bvm-autoheight> gets style.height from the map's `bvm:height`
 * messages. A message is used only when event.source is that iframe's window AND event.origin is
 * the origin of the iframe's src, so no other frame or page can resize it. Frames added later work
 * too (the iframes are looked up on each message).
 *
 * API for host pages (window.BatteryValleysMap):
 *   send(iframe, { type: 'bvm:select', site: 'cta-sevilla' })  // v: 1 is added; posted to the src's origin only.
 *     Returns false (and sends nothing) while the frame has not loaded the map yet: wait for bvm:ready.
 *   on(iframe, function (message) { ... })  // messages from that frame (source and origin checked); returns an unsubscribe function.
 * The messages are listed in the README, "postMessage API (v1)".
 */
(function () {
	'use strict';
	if (window.BatteryValleysMap) return; // the script was included twice
	var MAX_HEIGHT = 20000; // px: a frame that claims more is broken, not tall

	function originOf(iframe) {
		try {
			return new URL(iframe.getAttribute('src') || '', location.href).origin;
		} catch (e) {
			return null;
		}
	}

	// The frame shows the map (not its initial about:blank): posting to a frame still on another
	// origin would print a console error in Chrome. Reading a cross-origin location throws: loaded.
	function loaded(iframe, origin) {
		try {
			return iframe.contentWindow.location.origin === origin;
		} catch (e) {
			return true;
		}
	}

	function isMapMessage(data) {
		return !!data && typeof data === 'object' && data.v === 1 && typeof data.type === 'string' && data.type.indexOf('bvm:') === 0;
	}

	function fromFrame(event, iframe) {
		return !!iframe.contentWindow && event.source === iframe.contentWindow && event.origin === originOf(iframe);
	}

	function send(iframe, message) {
		var origin = iframe && originOf(iframe);
		if (!origin || !iframe.contentWindow || !message || !loaded(iframe, origin)) return false;
		var copy = { v: 1 };
		for (var key in message) if (Object.prototype.hasOwnProperty.call(message, key)) copy[key] = message[key];
		iframe.contentWindow.postMessage(copy, origin); // never '*': only the map's origin may read it
		return true;
	}

	function on(iframe, callback) {
		function listener(event) {
			if (isMapMessage(event.data) && fromFrame(event, iframe)) callback(event.data);
		}
		window.addEventListener('message', listener);
		return function () {
			window.removeEventListener('message', listener);
		};
	}

	function autoFrames() {
		return document.querySelectorAll('iframe[data-bvm-autoheight]');
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!isMapMessage(data) || data.type !== 'bvm:height') return;
		var height = data.height;
		if (typeof height !== 'number' || !(height >= 0 && height <= MAX_HEIGHT)) return;
		var frames = autoFrames();
		for (var i = 0; i < frames.length; i++) {
			if (fromFrame(event, frames[i])) {
				frames[i].style.height = Math.ceil(height) + 'px';
				return;
			}
		}
	});

	// This script loads async: frames that were faster already sent their height. Ask again;
	// frames still loading send theirs when ready.
	var frames = autoFrames();
	for (var i = 0; i < frames.length; i++) send(frames[i], { type: 'bvm:hello' });

	window.BatteryValleysMap = { version: 1, send: send, on: on };
})();
