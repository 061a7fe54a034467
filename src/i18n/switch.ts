/**
 * keepPlace(root) makes each language link ([data-language-switch]) carry the reader's current #anchor when
 * followed, so a reader switching language at a step lands on the same step. Anchors are the same in every
 * language (chapter slugs and state names), so nothing needs translating.
 */
export function keepPlace(root: Document): void {
  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-language-switch]') : null;
    const hash = root.location.hash;
    if (!link || hash.length < 2) return;
    const target = new URL(link.href);
    target.hash = hash;
    link.href = target.href;
  });
}
