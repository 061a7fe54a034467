import { requireFact, type Ledger } from '../../facts/ledger';
import { SOURCES } from '../../facts/sources';
import type { GraphicDefinition } from '../types';
import { sentences, visibleTexts } from '../fire-day/scene-kit';
import { calibreData } from './data';
import { CALIBRE_SIZE, calibreScene } from './scene';
import { CALIBRE_STATE_NAMES } from './states';

/** describeCalibre(state, ledger) words the picture of `state`, from its scene. */
export function describeCalibre(state: string, ledger: Ledger): string {
  const scene = calibreScene(calibreData(ledger), state, CALIBRE_SIZE, 1);
  const round = (id: string) => {
    const [heading, note, calibre] = visibleTexts(scene, `${id}-`);
    return heading ? `${heading}, ${note}: a ${calibre} round` : '';
  };
  return sentences([round('soviet'), round('nato'), ...visibleTexts(scene, 'interchange'), ...visibleTexts(scene, 'scale-note')]);
}

/** 152mm vs 155mm: why Ukraine had to switch guns when its Soviet-era ammunition ran short. */
export const calibreDefinition: GraphicDefinition = {
  name: 'calibre',
  title: '152mm vs 155mm',
  takeaway: 'The two calibres look almost alike, but each gun fires only its own rounds, so new rounds meant new guns.',
  sourceLine: `Source: ${SOURCES.article.title}. Diameters to scale; shell shapes schematic.`,
  states: CALIBRE_STATE_NAMES,
  describe: describeCalibre,
  table(ledger) {
    const fact = (id: string) => requireFact(ledger, id, 'graphic calibre table');
    return {
      columns: ['Guns', 'Calibre (mm)', 'Guns the US has sent'],
      rows: [
        ['Soviet-era artillery Ukraine used before', fact('calibre-soviet').value as number, ''],
        ['NATO-standard 155mm howitzers', fact('calibre-nato').value as number, fact('us-howitzers-sent').value as number],
      ],
    };
  },
};
