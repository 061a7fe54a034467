import { ampEmbedSizeMessage } from './amp';
import { pymMessage, parsePymMessage, reportedHeight } from './pym';

/**
 * startChild() keeps the parent page told of this embed's height, in pym's format and as
 * amp-iframe's "embed-size" message (so pym parents and AMP pages both size it): on load,
 * whenever the content grows or shrinks (ResizeObserver, so it also shrinks), when a hidden tab
 * becomes visible, when fonts arrive, and whenever the parent sends its width (as pym parents do
 * on resize; Safari otherwise keeps a stale height).
 */
export function startChild(): void {
  if (window.parent === window) return;
  const params = new URLSearchParams(location.search);
  const id = params.get('childId') ?? 'roundabout';
  let last = -1;
  const send = (force = false) => {
    const body = document.body;
    const height = reportedHeight(body.scrollHeight, body.getBoundingClientRect().height);
    if (height === 0 || (!force && height === last)) return;
    last = height;
    window.parent.postMessage(pymMessage(id, 'height', String(height)), '*');
    window.parent.postMessage(ampEmbedSizeMessage(height), '*');
  };
  new ResizeObserver(() => send()).observe(document.body);
  window.addEventListener('load', () => send(true));
  window.addEventListener('pageshow', () => send(true));
  document.addEventListener('visibilitychange', () => send(true));
  void document.fonts?.ready.then(() => send(true));
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message = parsePymMessage(event.data);
    if (message?.type === 'width') send(true);
  });
  send(true);
}
