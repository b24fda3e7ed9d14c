/**
 * Features as numbers during a build: each distinct string once, every list of features a Uint32Array
 * (4 bytes a feature instead of a string reference and a copy of the string per occurrence).
 */
export class TermTable {
  private readonly numbers = new Map<string, number>();
  private readonly strings: string[] = [];

  ids(features: readonly string[]): Uint32Array {
    const out = new Uint32Array(features.length);
    features.forEach((feature, i) => {
      let id = this.numbers.get(feature);
      if (id === undefined) {
        id = this.strings.push(feature) - 1;
        this.numbers.set(feature, id);
      }
      out[i] = id;
    });
    return out;
  }

  name(id: number): string {
    return this.strings[id]!;
  }

  /** Every term, by number. */
  all(): string[] {
    return this.strings;
  }

  names(ids: Uint32Array): string[] {
    return Array.from(ids, (id) => this.strings[id]!);
  }

  /** Per-term counts (indexed by term number) as a map from the term; terms without a count are left out. */
  counts(byId: readonly (number | undefined)[]): Map<string, number> {
    const out = new Map<string, number>();
    byId.forEach((count, id) => count !== undefined && out.set(this.strings[id]!, count));
    return out;
  }
}
