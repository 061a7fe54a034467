import type { FactReader } from '../../facts/reader';
import type { Translate } from '../../i18n/translate';
import { ACTOR_IDS, type ActorId } from './actors';
import type { FlowId, NoteId } from './flows';

/** Ledger ids of every figure the map writes, in the order a reader meets them. */
export const FLOW_MAP_FACT_IDS = ['purchase-rounds', 'calibre-nato', 'us-howitzers-sent', 'us-rounds-sent'] as const;

/** The words on the map: names, a few short lines per arrow and per note, figures read from the ledger. */
export interface FlowMapLabels {
  /** Each country's name as written on the map. */
  names: Record<ActorId, string>;
  /** Each country's name in running text ("the United States"). */
  namesInText: Record<ActorId, string>;
  /** Label lines of each arrow, first line in bold. */
  flows: Record<FlowId, string[]>;
  /** Lines of each note. */
  notes: Record<NoteId, string[]>;
  /** The same facts as one clause each, for the text description. */
  sentences: { flows: Record<FlowId, string>; notes: Record<NoteId, string> };
}

/**
 * flowMapLabels(facts, t) writes the map's labels from its words (words.json) in one language.
 * Every figure is a ledger display string (purchase-rounds, calibre-nato, us-howitzers-sent,
 * us-rounds-sent): none is typed in the words.
 */
export function flowMapLabels(facts: FactReader, t: Translate<string>): FlowMapLabels {
  const rounds = facts.display('purchase-rounds');
  const calibre = facts.display('calibre-nato');
  const howitzers = facts.display('us-howitzers-sent');
  const sent = facts.display('us-rounds-sent');
  /** A label's lines: its words split at "|". */
  const lines = (key: string, values: Record<string, string> = {}) => t(key, values).split('|').map((line) => line.trim());
  const names = Object.fromEntries(ACTOR_IDS.map((id) => [id, t(`name.${id}`)])) as Record<ActorId, string>;
  const namesInText = Object.fromEntries(ACTOR_IDS.map((id) => [id, t(`text.${id}`)])) as Record<ActorId, string>;
  return {
    names,
    namesInText,
    flows: {
      'kr-us': lines('flow.kr-us', { rounds, calibre }),
      'us-ua': lines('flow.us-ua', { rounds }),
      'kp-ru': lines('flow.kp-ru'),
      'kr-pl': lines('flow.kr-pl'),
    },
    notes: {
      pledge: lines('note.pledge'),
      'already-sent': lines('note.already-sent', { howitzers, sent, calibre }),
      'not-routes': lines('note.not-routes'),
    },
    sentences: {
      flows: {
        'kr-us': t('sentence.kr-us', { rounds, calibre }),
        'us-ua': t('sentence.us-ua', { rounds }),
        'kp-ru': t('sentence.kp-ru'),
        'kr-pl': t('sentence.kr-pl'),
      },
      notes: {
        pledge: t('sentence.pledge'),
        'already-sent': t('sentence.already-sent', { howitzers, sent, calibre }),
        'not-routes': t('sentence.not-routes'),
      },
    },
  };
}
