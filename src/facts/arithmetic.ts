import type { FactValue, Operation, Range } from './schema';

/** Turns a value into a range; a single number n becomes [n, n]. */
export function toRange(value: FactValue): Range {
  return typeof value === 'number' ? { low: value, high: value } : value;
}

/** True when the value is a range with distinct ends. */
export function isSpread(value: FactValue): value is Range {
  return typeof value !== 'number' && value.low !== value.high;
}

/** Collapses a range whose ends are equal back into a single number. */
function simplify(range: Range): FactValue {
  return range.low === range.high ? range.low : range;
}

/**
 * applyOperation(op, a, b) combines two values, carrying ranges through as ranges
 * (interval arithmetic): a ÷ [lo, hi] = [a ÷ hi, a ÷ lo].
 */
export function applyOperation(operation: Operation, a: FactValue, b: FactValue): FactValue {
  const x = toRange(a);
  const y = toRange(b);
  let candidates: number[];
  switch (operation) {
    case 'add':
      return simplify({ low: x.low + y.low, high: x.high + y.high });
    case 'subtract':
      return simplify({ low: x.low - y.high, high: x.high - y.low });
    case 'multiply':
      candidates = [x.low * y.low, x.low * y.high, x.high * y.low, x.high * y.high];
      break;
    case 'divide':
      if (y.low <= 0 && y.high >= 0) {
        throw new RangeError('cannot divide by a value (or range) that includes zero');
      }
      candidates = [x.low / y.low, x.low / y.high, x.high / y.low, x.high / y.high];
      break;
  }
  return simplify({ low: Math.min(...candidates), high: Math.max(...candidates) });
}

/** Folds an operation over operands left to right: divide(a, b, c) = (a ÷ b) ÷ c. */
export function computeDerived(operation: Operation, operands: FactValue[]): FactValue {
  if (operands.length < 2) throw new RangeError('a derived value needs at least two operands');
  const [first, ...rest] = operands as [FactValue, ...FactValue[]];
  return rest.reduce<FactValue>((acc, operand) => applyOperation(operation, acc, operand), first);
}

/** Rounds a number to the given decimal places. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Rounds each end of a value to the given decimal places. */
export function roundValue(value: FactValue, decimals: number): FactValue {
  if (typeof value === 'number') return roundTo(value, decimals);
  return simplify({ low: roundTo(value.low, decimals), high: roundTo(value.high, decimals) });
}
