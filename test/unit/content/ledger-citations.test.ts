import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLedger } from '../../../src/facts/ledger';
import { isDerived } from '../../../src/facts/schema';
import { PROJECT_ROOT } from '../../support/paths';
import { factCitations, readStoryFiles } from './story-files';

const ledger = loadLedger(join(PROJECT_ROOT, 'content/facts.yaml'));
const citations = readStoryFiles().flatMap(({ file, body }) => factCitations(body).map((citation) => ({ file, ...citation })));

describe('the facts ledger and the story that cites it', () => {
  it('finds the story’s citations (so the checks below are not vacuous)', () => {
    expect(citations.length).toBeGreaterThan(10);
  });

  it('cites every ledger entry from a chapter or the summary, unless it is marked referenceOnly', () => {
    const cited = new Set(citations.map((citation) => citation.id));
    for (const fact of ledger.values()) {
      if (fact.referenceOnly) continue;
      expect(cited.has(fact.id), `${fact.id} is never cited; cite it or mark it referenceOnly: true`).toBe(true);
    }
  });

  it('cites only ids that exist in the ledger', () => {
    for (const { file, id } of citations) expect(ledger.has(id), `${file}: <Fact id="${id}" />`).toBe(true);
  });

  it('shows the arithmetic of every derived figure the first time it appears (bare only on a repeat)', () => {
    const seen = new Set<string>();
    for (const { file, id, bare } of citations) {
      const fact = ledger.get(id);
      if (fact && isDerived(fact) && !seen.has(id)) {
        expect(bare, `${file}: first <Fact id="${id}" /> must not be bare`).toBe(false);
      }
      seen.add(id);
    }
  });
});
