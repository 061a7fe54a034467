import './style.css';
import type { Translate } from '../../i18n/translate';
import { defineGraphic } from '../kit/contract';
import { ACTOR_IDS } from './actors';
import { describeFlowMap } from './describe';
import { INSET_ACTORS } from './inset';
import { loadFlowMapGeo } from './geo';
import { flowMapLabels } from './labels';
import { FLOW_MAP_SIZE, flowMapBasemap, flowMapLayout } from './layout';
import { flowMapScene, type FlowMapData, type PlacedText } from './scene';
import { STATE_NAMES } from './states';
import words from './words.json';

const placed = ({ x, y, anchor, lines, fontSize, lineHeight }: PlacedText): PlacedText => ({ x, y, anchor, lines, fontSize, lineHeight });

/** The flow map: who would supply, was warned to supply, agreed to supply or has sent arms to whom, from above the North Pole. */
export default defineGraphic({
  name: 'flow-map',
  states: STATE_NAMES,
  size: FLOW_MAP_SIZE,
  words,
  data({ t, facts }): FlowMapData {
    // The layout's positions are the same in every state: lay it out once, keep what the client draws.
    const layout = flowMapLayout(loadFlowMapGeo(), flowMapLabels(facts, t as Translate<string>), STATE_NAMES[0]!, FLOW_MAP_SIZE);
    return {
      size: FLOW_MAP_SIZE,
      disc: layout.disc,
      inset: layout.inset,
      markRadius: Math.round((FLOW_MAP_SIZE.width / 90) * 100) / 100,
      countries: layout.countries.map((country) => ({ id: country.id, anchor: country.anchor, label: placed(country.label) })),
      flows: layout.flows.map((flow) => ({ id: flow.id, from: flow.from, to: flow.to, d: flow.d, arrowhead: flow.arrowhead, label: placed(flow.label) })),
      notes: layout.notes.map((note) => ({ id: note.id, label: placed(note.label) })),
      figures: {
        purchase: { value: facts.number('purchase-rounds'), display: facts.display('purchase-rounds') },
        sent: { value: facts.number('us-rounds-sent'), display: facts.display('us-rounds-sent') },
        howitzers: facts.number('us-howitzers-sent'),
      },
    };
  },
  scene: flowMapScene,
  defs(_context, size) {
    const basemap = flowMapBasemap(loadFlowMapGeo(), size);
    return [
      { id: 'flow-map-land', d: basemap.otherLand },
      ...ACTOR_IDS.map((id) => ({ id: `flow-map-country-${id}`, d: basemap.countries[id] })),
      { id: 'flow-map-inset-land', d: basemap.inset.land },
      ...INSET_ACTORS.map((id) => ({ id: `flow-map-inset-country-${id}`, d: basemap.inset.countries[id] })),
    ];
  },
  describe(_data, state, { t, facts }) {
    // The labels' and description's keys are built from ids (name.<actor>, flow.<id>): any key of words.json.
    const words = t as Translate<string>;
    const labels = flowMapLabels(facts, words);
    return describeFlowMap(flowMapLayout(loadFlowMapGeo(), labels, state, FLOW_MAP_SIZE), labels, words);
  },
  table({ figures }, { t }) {
    const purchase = [figures.purchase.display, figures.purchase.value] as const;
    const sent = [figures.sent.display, figures.sent.value] as const;
    const name = (id: (typeof ACTOR_IDS)[number]) => t(`name.${id}`);
    return {
      columns: (['table.from', 'table.to', 'table.what', 'table.status', 'table.reported', 'table.number', 'table.howitzers'] as const).map((key) => t(key)),
      rows: [
        [t('row.sale.from'), name('united-states'), t('row.sale.what'), t('row.sale.status'), ...purchase, ''],
        [name('united-states'), name('ukraine'), t('row.transfer.what'), t('row.transfer.status'), ...purchase, ''],
        [name('united-states'), name('ukraine'), t('row.sent.what'), t('row.sent.status'), ...sent, figures.howitzers],
        [name('north-korea'), name('russia'), t('row.north.what'), t('row.north.status'), '', '', ''],
        [name('south-korea'), name('poland'), t('row.poland.what'), t('row.poland.status'), '', '', ''],
      ],
    };
  },
});
