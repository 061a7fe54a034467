import { describe, expect, it } from 'vitest';
import { ampEmbedSizeMessage } from '../../../src/embed/amp';

describe('ampEmbedSizeMessage(height)', () => {
  it('is the object amp-iframe resizes on: sentinel "amp", type "embed-size" and the height as a number', () => {
    expect(ampEmbedSizeMessage(640)).toStrictEqual({ sentinel: 'amp', type: 'embed-size', height: 640 });
  });

  it('rounds a fractional height up to whole pixels so nothing is clipped', () => {
    expect(ampEmbedSizeMessage(480.2).height).toBe(481);
  });

  it('refuses a height that is not a positive number, naming it', () => {
    expect(() => ampEmbedSizeMessage(0)).toThrow(/positive.*got 0/);
    expect(() => ampEmbedSizeMessage(Number.NaN)).toThrow(/got NaN/);
  });
});
