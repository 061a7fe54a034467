import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAPHICS, buildGraphic, graphicOfState, requireGraphic } from '../../../../src/charts/kit/graphics';
import { PROJECT_ROOT } from '../../../support/paths';

const folders = readdirSync(join(PROJECT_ROOT, 'src/charts')).filter(
  (name) => name !== 'kit' && statSync(join(PROJECT_ROOT, 'src/charts', name)).isDirectory(),
);

describe('the graphics, discovered from src/charts/<name>/index.ts', () => {
  it('are every folder under src/charts but the kit, each named after its folder', () => {
    expect([...GRAPHICS.keys()].sort()).toEqual(folders.sort());
    for (const [name, graphic] of GRAPHICS) expect(graphic.name).toBe(name);
  });

  it('requireGraphic(name) fails for an unknown name, listing the known ones', () => {
    expect(() => requireGraphic('pie-chart', '<Scrolly graphic="pie-chart">')).toThrow(
      /<Scrolly graphic="pie-chart">: unknown graphic "pie-chart" \(known: .*flow-map/,
    );
  });

  it('graphicOfState(state) finds the one graphic that owns a state, and fails for an unknown state', () => {
    expect(graphicOfState('drawdown-run', 'test').name).toBe('drawdown');
    expect(() => graphicOfState('map-nowhere', '<Step state="map-nowhere">')).toThrow(/unknown step state "map-nowhere"/);
  });

  it('buildGraphic(name) computes data once per language and memoises every scene', () => {
    const built = buildGraphic('fire-day');
    expect(buildGraphic('fire-day')).toBe(built);
    expect(built.scene('fire-russia')).toBe(built.scene('fire-russia'));
    expect(() => built.scene('map-buyer')).toThrow(/"map-buyer" is not a state of fire-day/);
  });

  it('fill {fact:<id>} in titles and takeaways from the ledger, so no figure is retyped', () => {
    expect(buildGraphic('drawdown').title).toBe('How long 100,000 rounds would last');
    expect(buildGraphic('us-sent-scale').takeaway).toMatch(/^The US has already sent Ukraine nearly one million rounds, about 10 times/);
  });
});
