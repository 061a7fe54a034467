import { describe, expect, it } from 'vitest';
import { FLOW_MAP_FACT_IDS, flowMapLabels } from '../../../../src/charts/flow-map/labels';
import { flowMapLayout } from '../../../../src/charts/flow-map/layout';
import { STATE_NAMES } from '../../../../src/charts/flow-map/states';
import { geo, ledger, ledgerWithDisplay, readerOf, t } from './fixtures';

/** Figures in a text: digit runs ("100,000", "155") and number words ("one million"). */
function figuresIn(text: string): string[] {
  return text.match(/\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b/gi) ?? [];
}

describe('flowMapLabels(facts, t)', () => {
  const displays = FLOW_MAP_FACT_IDS.map((id) => ledger.get(id)!.display);

  it('writes every figure in the scene’s labels as part of a ledger display string', () => {
    for (const state of STATE_NAMES) {
      const scene = flowMapLayout(geo, flowMapLabels(readerOf(ledger), t), state);
      const texts = [...scene.flows.map((f) => f.label), ...scene.notes.map((n) => n.label)].flatMap((block) => block.lines);
      for (const text of texts) {
        let rest = text;
        for (const display of displays) rest = rest.replaceAll(display, '');
        expect(figuresIn(rest), `"${text}" has a figure that is not a ledger display`).toEqual([]);
      }
    }
  });

  it('follows the ledger: a changed display changes the map', () => {
    const changed = flowMapLabels(readerOf(ledgerWithDisplay('purchase-rounds', '123,456')), t);
    expect(changed.flows['kr-us'].join(' ')).toContain('123,456');
    expect(changed.flows['kr-us'].join(' ')).not.toContain('100,000');
    const sent = flowMapLabels(readerOf(ledgerWithDisplay('us-howitzers-sent', '999')), t);
    expect(sent.notes['already-sent'].join(' ')).toContain('999 howitzers');
  });

  it('shows the purchase, the howitzers and the rounds already sent', () => {
    const labels = flowMapLabels(readerOf(ledger), t);
    expect(labels.flows['kr-us'].join(' ')).toContain('100,000 155mm rounds');
    expect(labels.flows['kr-us'].join(' ')).toContain('ministry: US is “the end user”');
    expect(labels.notes['already-sent'].join(' ')).toBe('Already sent: 142 howitzers, nearly one million 155mm rounds');
  });
});
