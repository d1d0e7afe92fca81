/**
 * Stands in for decimal.js-light in the browser build: the few operations recharts' "nice" ticks use,
 * over plain numbers rounded to 15 significant digits after each step (so 0.1 × 3 is 0.3). Every chart
 * here gives its value axis its own ticks (charts/value-axis.ts, with `niceTicks="none"`), so this
 * runs only for the provisional axes recharts computes before a chart's own axes are registered, and
 * nothing drawn depends on it. The library itself is 4 KB gzipped of the first page.
 */
type Value = Decimal | number | string;

const tidy = (n: number): number => (Number.isFinite(n) ? Number(n.toPrecision(15)) : n);
const num = (v: Value): number => (v instanceof Decimal ? v.value : Number(v));

export default class Decimal {
  readonly value: number;
  constructor(v: Value) {
    this.value = tidy(num(v));
  }
  abs(): Decimal {
    return new Decimal(Math.abs(this.value));
  }
  log(base: Value = 10): Decimal {
    return new Decimal(Math.log(this.value) / Math.log(num(base)));
  }
  pow(exponent: Value): Decimal {
    return new Decimal(this.value ** num(exponent));
  }
  add(v: Value): Decimal {
    return new Decimal(this.value + num(v));
  }
  sub(v: Value): Decimal {
    return new Decimal(this.value - num(v));
  }
  mul(v: Value): Decimal {
    return new Decimal(this.value * num(v));
  }
  div(v: Value): Decimal {
    return new Decimal(this.value / num(v));
  }
  mod(v: Value): Decimal {
    return new Decimal(this.value % num(v));
  }
  isint(): boolean {
    return Number.isInteger(this.value);
  }
  lt(v: Value): boolean {
    return this.value < num(v);
  }
  lte(v: Value): boolean {
    return this.value <= num(v);
  }
  gt(v: Value): boolean {
    return this.value > num(v);
  }
  toNumber(): number {
    return this.value;
  }
}
