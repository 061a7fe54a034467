import { join } from 'node:path';
import { loadLedger, parseLedger } from '../../../../src/facts/ledger';
import { flowMapGeo } from '../../../../src/charts/flow-map/geo';
import { buildGraphic } from '../../../../src/charts/kit/graphics';
import { factReader } from '../../../../src/facts/reader';
import type { Ledger } from '../../../../src/facts/ledger';
import { PROJECT_ROOT } from '../../../support/paths';
import { readFileSync } from 'node:fs';

/** The real ledger. */
export const ledger = loadLedger(join(PROJECT_ROOT, 'content/facts.yaml'));

/** The real ledger with one fact's display text replaced, to prove the map reads it. */
export function ledgerWithDisplay(id: string, display: string) {
  const text = readFileSync(join(PROJECT_ROOT, 'content/facts.yaml'), 'utf8');
  const ledger = parseLedger(text);
  const changed = new Map(ledger);
  changed.set(id, { ...ledger.get(id)!, display } as never);
  return changed;
}

/** The map's geography from the bundled world-atlas countries-110m. */
export const geo = flowMapGeo();

/** A phone's sticky column (320 px viewport) and a desktop one, in CSS pixels. */
export const SIZES = {
  phone: { width: 304, height: 304 },
  phoneTall: { width: 304, height: 480 },
  desktop: { width: 760, height: 700 },
  default: { width: 600, height: 600 },
} as const;

/** The flow map as the build makes it, in English. */
export const flowMap = buildGraphic('flow-map');

/** The map's words in English. */
export const t = flowMap.context.t;

/** A reader of a ledger, as the graphic reads the real one. */
export const readerOf = (of: Ledger) => factReader(of, 'en', 'test');
