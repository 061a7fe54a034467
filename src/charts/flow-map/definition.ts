import { requireFact, type Ledger } from '../../facts/ledger';
import type { DataTable, GraphicDefinition } from '../types';
import { describeFlowMap } from './describe';
import { loadFlowMapGeo } from './geo';
import { flowMapLabels, FLOW_MAP_FACT_IDS } from './labels';
import { flowMapScene } from './scene';
import { STATE_NAMES } from './states';

/** The flow map: who would supply, was warned to supply or agreed to supply arms to whom, from above the North Pole. */
export const flowMapDefinition: GraphicDefinition = {
  name: 'flow-map',
  title: 'Who arms whom: planned, warned of, signed',
  takeaway: 'In a deal still being negotiated, the US would buy rounds from South Korean companies and pass them on to Ukraine. The US has also warned of secret North Korean shell shipments to Russia.',
  sourceLine: 'Source: the news report (see Sources and method). Map: Natural Earth via world-atlas, 1:110m. Each arrow runs from a supplier to a receiver in a deal that is planned, warned of or signed; arrows are not shipping routes.',
  states: STATE_NAMES,
  describe: (state: string, ledger: Ledger) => {
    const labels = flowMapLabels(ledger);
    return describeFlowMap(flowMapScene(loadFlowMapGeo(), labels, state), labels);
  },
  table: flowMapTable,
};

/** The arrows as rows: who, to whom, what, how far along, the figures as reported and the ledger's raw numbers. */
function flowMapTable(ledger: Ledger): DataTable {
  const count = (id: (typeof FLOW_MAP_FACT_IDS)[number]) => {
    const { value } = requireFact(ledger, id, 'flow-map table');
    if (typeof value !== 'number') throw new Error(`flow-map table: fact "${id}" is a range; the table expects one number`);
    return value;
  };
  const purchase = requireFact(ledger, 'purchase-rounds', 'flow-map table');
  const sent = requireFact(ledger, 'us-rounds-sent', 'flow-map table');
  return {
    columns: ['From', 'To', 'What', 'Status', '155mm rounds, as reported', '155mm rounds as a number (approximate where reported as “nearly”)', 'Howitzers'],
    rows: [
      [
        'South Korean manufacturers',
        'United States',
        'Planned sale of 155mm rounds (the number is a US official’s); South Korea’s defence ministry said the US was “the end user”',
        'In talks, not yet final',
        purchase.display,
        count('purchase-rounds'),
        '',
      ],
      ['United States', 'Ukraine', 'The same rounds, passed on', 'Planned, if the deal goes ahead', purchase.display, count('purchase-rounds'), ''],
      ['United States', 'Ukraine', 'Already sent in recent months', 'Sent', sent.display, count('us-rounds-sent'), count('us-howitzers-sent')],
      ['North Korea', 'Russia', 'Artillery shells, in secret', 'Warned of by the US', '', '', ''],
      ['South Korea', 'Poland', 'Tanks, artillery and fighter jets', 'Deal signed in July', '', '', ''],
    ],
  };
}
