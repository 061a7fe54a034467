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
    return heading ? `${heading} (${note}): ${calibre} rounds` : '';
  };
  return sentences([round('soviet'), round('nato'), ...visibleTexts(scene, 'moved'), ...visibleTexts(scene, 'scale-note')]);
}

/** From 152mm to 155mm: Ukraine's Soviet-era guns, whose ammunition ran short, and the 155mm howitzers it was moved to. */
export const calibreDefinition: GraphicDefinition = {
  name: 'calibre',
  title: 'From 152mm to 155mm',
  takeaway: 'Ukraine’s army used to rely on Soviet-era 152mm guns. When their ammunition ran short, the US and other Western countries moved the army over to 155mm howitzers, and the US has sent 142 of them so far.',
  sourceLine: `Source: ${SOURCES.article.title}. Only the widths come from the calibres; the shell shapes are a sketch.`,
  states: CALIBRE_STATE_NAMES,
  describe: describeCalibre,
  table(ledger) {
    const fact = (id: string) => requireFact(ledger, id, 'graphic calibre table');
    return {
      columns: ['Guns', 'Calibre (mm)', 'Sent by the US so far'],
      rows: [
        ['Soviet-era artillery Ukraine relied on before', fact('calibre-soviet').value as number, ''],
        ['NATO-standard 155mm howitzers', fact('calibre-nato').value as number, fact('us-howitzers-sent').value as number],
      ],
    };
  },
};
