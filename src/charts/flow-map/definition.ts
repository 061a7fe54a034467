import { requireFact, type Ledger } from '../../facts/ledger';
import type { DataTable, GraphicDefinition } from '../types';
import { describeFlowMap } from './describe';
import { loadFlowMapGeo } from './geo';
import { flowMapLabels, FLOW_MAP_FACT_IDS } from './labels';
import { flowMapScene } from './scene';
import { STATE_NAMES } from './states';

/** The flow map: who sells or hands over artillery to whom, from above the North Pole. */
export const flowMapDefinition: GraphicDefinition = {
  name: 'flow-map',
  title: 'Who supplies whom',
  takeaway: 'South Korean shells would reach Ukraine by way of the United States, while North Korea is said to arm Russia.',
  sourceLine: 'Source: the news report (see Sources and method). Map: Natural Earth via world-atlas, 1:110m. Arrows show who sells or hands over to whom, not shipping routes.',
  states: STATE_NAMES,
  describe: (state: string, ledger: Ledger) => {
    const labels = flowMapLabels(ledger);
    return describeFlowMap(flowMapScene(loadFlowMapGeo(), labels, state), labels);
  },
  table: flowMapTable,
};

/** The arrows as rows: who, to whom, what, how far along, and the ledger's raw numbers. */
function flowMapTable(ledger: Ledger): DataTable {
  const count = (id: (typeof FLOW_MAP_FACT_IDS)[number]) => {
    const { value } = requireFact(ledger, id, 'flow-map table');
    if (typeof value !== 'number') throw new Error(`flow-map table: fact "${id}" is a range; the table expects one number`);
    return value;
  };
  const sent = requireFact(ledger, 'us-rounds-sent', 'flow-map table');
  return {
    columns: ['From', 'To', 'What', 'Status', '155mm rounds', 'Howitzers'],
    rows: [
      ['South Korean manufacturers', 'United States', 'Sale of 155mm rounds; the US is the “end user”', 'Under negotiation', count('purchase-rounds'), ''],
      ['United States', 'Ukraine', 'Transfer of the same rounds', 'Planned', count('purchase-rounds'), ''],
      ['United States', 'Ukraine', `Already sent (rounds: ${sent.display})`, 'Sent', count('us-rounds-sent'), count('us-howitzers-sent')],
      ['North Korea', 'Russia', 'Artillery shells', 'Secret, according to a US warning', '', ''],
      ['South Korea', 'Poland', 'Tanks, artillery and fighter jets', 'Deal signed in July', '', ''],
    ],
  };
}
