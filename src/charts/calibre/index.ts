import './style.css';
import { defineGraphic } from '../kit/contract';
import { sentences, visibleTexts } from '../kit/scene';
import { calibreScene, type CalibreData } from './scene';
import { STATE_NAMES } from './states';
import words from './words.json';

/** From 152mm to 155mm: Ukraine's Soviet-era guns, whose ammunition ran short, and the 155mm howitzers it was moved to. */
export default defineGraphic({
  name: 'calibre',
  states: STATE_NAMES,
  size: { width: 360, height: 364 },
  words,
  data({ t, facts }): CalibreData {
    const calibre = (id: string) => ({ value: facts.number(id), display: facts.display(id) });
    const nato = calibre('calibre-nato');
    return {
      soviet: calibre('calibre-soviet'),
      nato,
      howitzers: facts.number('us-howitzers-sent'),
      howitzersDisplay: facts.display('us-howitzers-sent'),
      text: {
        sovietHeading: t('soviet.heading'),
        sovietNote: t('soviet.note'),
        natoHeading: t('nato.heading'),
        natoNote: t('nato.note', { howitzers: facts.display('us-howitzers-sent') }),
        moved: t('moved', { calibre: nato.display }),
        scale: t('scale'),
      },
    };
  },
  scene: calibreScene,
  describe(_data, _state, { t }, scene) {
    const round = (id: string) => {
      const [heading, note, calibre] = visibleTexts(scene, `${id}-`);
      return heading ? t('describe.round', { heading, note: note ?? '', calibre: calibre ?? '' }) : '';
    };
    return sentences([round('soviet'), round('nato'), ...visibleTexts(scene, 'moved'), ...visibleTexts(scene, 'scale-note')]);
  },
  table(data, { t }) {
    return {
      columns: [t('table.guns'), t('table.calibre'), t('table.sent')],
      rows: [
        [t('row.soviet'), data.soviet.value, ''],
        [t('row.nato', { calibre: data.nato.display }), data.nato.value, data.howitzers],
      ],
    };
  },
});
