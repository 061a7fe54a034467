/** Default iframe height before the embed reports its own (pym) height. */
export const DEFAULT_EMBED_HEIGHT = 640;

/** Escapes text for use inside a double-quoted HTML attribute. */
function attribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * embedSnippet(embedUrl, parentScriptUrl, title) is the HTML a newsroom pastes: an iframe that
 * works alone at a fixed height, and our parent script that keeps its height right.
 */
export function embedSnippet(embedUrl: string, parentScriptUrl: string, title: string): string {
  return [
    `<iframe src="${attribute(embedUrl)}" title="${attribute(title)}" height="${DEFAULT_EMBED_HEIGHT}" loading="lazy" style="border:0;width:100%;max-width:100%" data-roundabout-embed></iframe>`,
    `<script src="${attribute(parentScriptUrl)}" async></script>`,
  ].join('\n');
}
