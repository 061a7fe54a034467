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
      'kr-us': [`Sells ${rounds} ${calibre} rounds`, 'to the “end user” (in talks)'],
      'us-ua': ['Transfers', `the ${rounds}`],
      'kp-ru': ['Shells, in secret', '(US warning)'],
      'kr-pl': ['July deal:', 'tanks, artillery,', 'fighter jets'],
    },
    notes: {
      pledge: ['Pledge: no lethal', 'aid to Ukraine'],
      'already-sent': ['Already sent:', `${howitzers} howitzers,`, sentRounds, `${calibre} rounds`],
      'not-routes': ['Arrows: who sells or hands over', 'to whom, not shipping routes'],
    },
    sentences: {
      flows: {
        'kr-us': `South Korean makers would sell ${rounds} ${calibre} rounds to the United States, the “end user”; the sale is still under negotiation`,
        'us-ua': `the United States would transfer the ${rounds} rounds to Ukraine`,
        'kp-ru': `North Korea is secretly supplying Russia with artillery shells, the United States warns`,
        'kr-pl': `in a July deal, South Korea agreed to supply Poland with tanks, artillery and fighter jets`,
      },
      notes: {
        pledge: 'South Korea has pledged to send no lethal aid to Ukraine',
        'already-sent': `the United States has already sent Ukraine ${howitzers} howitzers and ${sentRounds} ${calibre} rounds`,
        'not-routes': 'The arrows show who sells or hands over to whom, not shipping routes',
      },
    },
  };
}
