import type { Passage } from "../knowledge/index.js";

/** The region of a national document. */
export const NATIONAL = "全国";
/** Words that mean "the place where the asker is": the deployment's own region. */
const OWN_PLACE = /本市|我市|我们市|咱们市|本地|我们当地|我们这边|本区|本县|本省|我省/;

/** 示范市 is named as 示范市 or, when the rest is specific enough, 示范. */
export function namesRegion(text: string, region: string): boolean {
  const stem = region.replace(/[省市县区]$/, "");
  return text.includes(region) || (stem.length >= 2 && text.includes(stem));
}

export interface LocaleView {
  /** Whether a passage may answer this question. */
  allows(passage: Passage): boolean;
  /** The question is about a region that has documents of its own (so it is answerable, not staff-only). */
  coversLocalQuestion: boolean;
  /** The regions whose documents apply: those the question names, else the deployment's (LOCALE) when it has documents. */
  regions: readonly string[];
}

/** Each region that has documents, with the national documents they override (computed once per passage set). */
export type RegionOverrides = Map<string, Set<string>>;

export function regionOverrides(passages: Iterable<Passage>): RegionOverrides {
  const overriddenBy: RegionOverrides = new Map();
  for (const p of passages) {
    if (p.region === NATIONAL) continue;
    const set = overriddenBy.get(p.region) ?? new Set<string>();
    for (const id of p.overrides ?? []) set.add(id);
    overriddenBy.set(p.region, set);
  }
  return overriddenBy;
}

/**
 * The local layer: a question that names a region is answered from that region's documents whatever the
 * deployment's LOCALE; otherwise the deployment's region applies. Documents of other regions are left out,
 * and national documents that an applicable local document overrides are replaced by it.
 */
export function localeView(passages: Iterable<Passage> | RegionOverrides, normalized: string, locale?: string): LocaleView {
  const overriddenBy = passages instanceof Map ? passages : regionOverrides(passages);
  const named = [...overriddenBy.keys()].filter((r) => namesRegion(normalized, r));
  const active = named.length ? named : locale && overriddenBy.has(locale) ? [locale] : [];
  const overridden = new Set(active.flatMap((r) => [...overriddenBy.get(r)!]));
  return {
    // With no region in play (none named, no LOCALE), a local document answers what no national one covers, never overriding:
    // then nothing is overridden and every passage is allowed, without reading it (a ranking asks for each of ~90).
    allows: active.length === 0 ? () => true : (p) => (p.region === NATIONAL ? !overridden.has(p.docId) : active.includes(p.region)),
    coversLocalQuestion: named.length > 0 || (active.length > 0 && OWN_PLACE.test(normalized)),
    regions: active,
  };
}
