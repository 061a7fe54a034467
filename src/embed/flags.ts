/**
 * applyPlainFlag(embed, search) honours ?plain on an embed page: the graphic without its title and
 * takeaway, for hosts that write their own; the credit line always stays (the licence requires it).
 */
export function applyPlainFlag(embed: HTMLElement, search: string): void {
  if (new URLSearchParams(search).has('plain')) embed.dataset.plain = '';
}
