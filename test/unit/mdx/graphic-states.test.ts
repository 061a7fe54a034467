import { describe, expect, it } from 'vitest';
import { loadGraphicStates } from '../../../src/mdx/graphic-states';
import { GRAPHICS } from '../../../src/charts/kit/graphics';
import { PROJECT_ROOT } from '../../support/paths';

describe('loadGraphicStates(root)', () => {
  it('reads every graphic’s states from its states.ts, the same names the graphic declares', async () => {
    const states = await loadGraphicStates(PROJECT_ROOT);
    expect([...states.keys()].sort()).toEqual([...GRAPHICS.keys()].sort());
    for (const [name, graphic] of GRAPHICS) expect(states.get(name)).toEqual(graphic.states);
  });
});
