import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { computeDerived } from './arithmetic';
import { formatArithmetic, formatRounded, roundingChanges } from './format';
import { isDerived, isDerivedSpec, ledgerEntrySchema, sourcedFactSchema, derivedFactSpecSchema } from './schema';
import type { DerivedFact, DerivedFactSpec, Fact, LedgerEntry } from './schema';

/** Path of the facts ledger, relative to the project root. */
export const LEDGER_PATH = 'content/facts.yaml';

/** A problem in the ledger, with the file and field it concerns in the message. */
export class LedgerError extends Error {
  override name = 'LedgerError';
}

/** The resolved ledger: every fact by id, derived values computed, in file order. */
export type Ledger = ReadonlyMap<string, Fact>;

function describeIssue(fileName: string, index: number, raw: unknown, path: PropertyKey[], message: string): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? JSON.stringify((raw as { id: unknown }).id) : '(no id)';
  const field = path.length > 0 ? path.map(String).join('.') : '(entry)';
  return `${fileName}: entry ${index + 1} (id ${id}): field "${field}": ${message}`;
}

function validateEntry(fileName: string, index: number, raw: unknown): LedgerEntry {
  const isDerivedShape = typeof raw === 'object' && raw !== null && 'derivedFrom' in raw;
  // Validate against the shape the entry claims, so the message names the right field.
  const schema = isDerivedShape ? derivedFactSpecSchema : sourcedFactSchema;
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new LedgerError(describeIssue(fileName, index, raw, issue.path, issue.message));
  }
  return ledgerEntrySchema.parse(result.data);
}

/**
 * parseLedger(text, fileName) validates every entry and computes derived facts.
 * Throws a LedgerError naming the file, the entry and the field on any problem.
 */
export function parseLedger(text: string, fileName: string = LEDGER_PATH): Ledger {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new LedgerError(`${fileName}: not valid YAML: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) {
    throw new LedgerError(`${fileName}: must be a YAML list of fact entries`);
  }
  const entries = data.map((raw, index) => validateEntry(fileName, index, raw));
  const byId = new Map<string, LedgerEntry>();
  entries.forEach((entry, index) => {
    if (byId.has(entry.id)) {
      throw new LedgerError(`${fileName}: entry ${index + 1} (id "${entry.id}"): field "id": duplicate id`);
    }
    byId.set(entry.id, entry);
  });

  const resolved = new Map<string, Fact>();
  const resolving = new Set<string>();
  const resolve = (id: string): Fact => {
    const done = resolved.get(id);
    if (done) return done;
    const entry = byId.get(id)!;
    if (!isDerivedSpec(entry)) {
      resolved.set(id, entry);
      return entry;
    }
    if (resolving.has(id)) {
      throw new LedgerError(`${fileName}: id "${id}": field "derivedFrom": circular derivation`);
    }
    resolving.add(id);
    const fact = deriveFact(entry, (operandId) => {
      if (!byId.has(operandId)) {
        throw new LedgerError(`${fileName}: id "${id}": field "derivedFrom": unknown fact id "${operandId}"`);
      }
      return resolve(operandId);
    });
    resolving.delete(id);
    resolved.set(id, fact);
    return fact;
  };
  for (const entry of entries) resolve(entry.id);
  return new Map(entries.map((entry) => [entry.id, resolved.get(entry.id)!]));
}

/** Computes a derived fact's value, display text and written-out arithmetic from its operands. */
export function deriveFact(spec: DerivedFactSpec, lookup: (id: string) => Fact): DerivedFact {
  const inputs = spec.derivedFrom.map(lookup);
  const operands = inputs.map((input) => input.value);
  const value = computeDerived(spec.operation, operands);
  const approximate = inputs.some((input) => input.approximate === true) || roundingChanges(value, spec.decimals);
  return {
    ...spec,
    value,
    approximate,
    display: formatRounded(value, spec.decimals, approximate),
    arithmetic: formatArithmetic(
      spec.operation,
      operands,
      value,
      spec.decimals,
      approximate,
      undefined,
      inputs.map((input) => (input.approximate === true && !isDerived(input) ? input.display : undefined)),
    ),
  };
}

let cached: { path: string; ledger: Ledger } | undefined;

/** Reads and resolves the ledger from disk (cached per path for one build). */
export function loadLedger(path: string = LEDGER_PATH): Ledger {
  if (cached?.path === path) return cached.ledger;
  const ledger = parseLedger(readFileSync(path, 'utf8'), path);
  cached = { path, ledger };
  return ledger;
}

/** Looks up a fact, throwing an error that names the id and where it was asked for. */
export function requireFact(ledger: Ledger, id: string, where: string): Fact {
  const fact = ledger.get(id);
  if (!fact) {
    throw new LedgerError(`${where}: unknown fact id "${id}" (no such entry in ${LEDGER_PATH})`);
  }
  return fact;
}
