/** A sliding window of the last `size` samples. */
export class Window {
  private samples: number[] = [];
  constructor(private readonly size: number) {}

  add(v: number): void {
    if (!Number.isFinite(v)) return;
    this.samples.push(v);
    if (this.samples.length > this.size) this.samples.shift();
  }

  percentile(p: number): number | null {
    if (this.samples.length === 0) return null;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  }
}
