import { requireFact, type Ledger } from '../../facts/ledger';
import type { FlowId, NoteId } from './flows';

/** Ledger ids of every figure the map writes, in the order a reader meets them. */
export const FLOW_MAP_FACT_IDS = ['purchase-rounds', 'calibre-nato', 'us-howitzers-sent', 'us-rounds-sent'] as const;

/** The words on the map: a few short lines per arrow and per note, figures read from the ledger. */
export interface FlowMapLabels {
  /** Label lines of each arrow, first line in bold. */
  flows: Record<FlowId, string[]>;
  /** Lines of each note. */
  notes: Record<NoteId, string[]>;
  /** The same facts as one clause each, for the text description. */
  sentences: { flows: Record<FlowId, string>; notes: Record<NoteId, string> };
}

/**
 * flowMapLabels(ledger) writes the map's labels. Every figure is a ledger display string
 * (purchase-rounds, calibre-nato, us-howitzers-sent, us-rounds-sent): none is typed here.
 */
export function flowMapLabels(ledger: Ledger): FlowMapLabels {
  const fact = (id: (typeof FLOW_MAP_FACT_IDS)[number]) => requireFact(ledger, id, 'flow-map labels').display;
  const rounds = fact('purchase-rounds');
  const calibre = fact('calibre-nato');
  const howitzers = fact('us-howitzers-sent');
  const sentRounds = fact('us-rounds-sent');
  return {
    flows: {
      'kr-us': [`Plan: ${rounds} ${calibre} rounds`, 'ministry: US is “the end user”'],
      'us-ua': ['Would send', `the ${rounds}`],
      'kp-ru': ['The US warned of', 'secret shells'],
      'kr-pl': ['July deal:', 'tanks, artillery,', 'fighter jets'],
    },
    notes: {
      pledge: ['Promise: no lethal', 'aid to Ukraine'],
      'already-sent': ['Already sent:', `${howitzers} howitzers,`, sentRounds, `${calibre} rounds`],
      'not-routes': ['Arrows: supplier to receiver,', 'not shipping routes'],
    },
    sentences: {
      flows: {
        'kr-us': `under a plan still being negotiated, South Korean companies would sell ${rounds} ${calibre} rounds (the figure a US official gave) to the United States, which South Korea’s defence ministry said was “the end user”`,
        'us-ua': `if the deal goes ahead, the United States would send the same ${rounds} rounds on to Ukraine`,
        'kp-ru': 'this is a warning from the United States, which said North Korea was sending Russia artillery shells in secret',
        'kr-pl': 'in July, South Korea signed a deal to provide tanks, artillery and fighter jets to Poland',
      },
      notes: {
        pledge: 'South Korea has promised in public not to give Ukraine lethal aid, meaning arms that can kill',
        'already-sent': `the United States has so far sent Ukraine ${howitzers} howitzers and ${sentRounds} ${calibre} rounds`,
        'not-routes': 'each arrow points from a supplier to a receiver; it is not a shipping route',
      },
    },
  };
}
