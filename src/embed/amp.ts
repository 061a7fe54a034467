/**
 * The message amp-iframe listens for to resize an embed on an AMP page: the embedded document
 * posts { sentinel: 'amp', type: 'embed-size', height } to its parent (amp-iframe's "iframe
 * resizing"). It goes out beside the pym message, so AMP hosts need no script of ours.
 */
export interface AmpEmbedSizeMessage {
  /** Always "amp": how AMP tells its messages from others on the same window. */
  sentinel: 'amp';
  /** Always "embed-size": a request to make the amp-iframe this tall. */
  type: 'embed-size';
  /** The embed's height in whole CSS pixels. */
  height: number;
}

/** ampEmbedSizeMessage(height) is the amp-iframe resize request for an embed `height` pixels tall. */
export function ampEmbedSizeMessage(height: number): AmpEmbedSizeMessage {
  if (!Number.isFinite(height) || height <= 0) throw new RangeError(`ampEmbedSizeMessage: height must be a positive number of pixels, got ${height}`);
  return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) };
}
