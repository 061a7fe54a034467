/**
 * The parent-page script newsrooms include once next to our iframes (served as /embed/parent.js).
 * It is self-contained (no imports) because it is serialised into that file as is. It sizes every
 * iframe marked data-roundabout-embed from the pym "height" messages that iframe's own document
 * sends, and sends each its width on resize (pym's protocol) so it re-measures.
 */
export function roundaboutParent(win: Window): void {
  const delimiter = 'xPYMx';
  const frames = (): HTMLIFrameElement[] => [...win.document.querySelectorAll<HTMLIFrameElement>('iframe[data-roundabout-embed]')];
  win.addEventListener('message', (event) => {
    if (typeof event.data !== 'string') return;
    const parts = event.data.split(delimiter);
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'height') return;
    // Only an iframe's own document may size it.
    const frame = frames().find((candidate) => candidate.contentWindow === event.source);
    const height = Number(parts[3]);
    if (frame && Number.isFinite(height) && height > 0) frame.height = String(Math.ceil(height));
  });
  win.addEventListener('resize', () => {
    for (const frame of frames()) {
      const width = String(Math.round(frame.getBoundingClientRect().width));
      frame.contentWindow?.postMessage(['pym', 'roundabout', 'width', width].join(delimiter), '*');
    }
  });
}
