/** What the engine's lookups need of a map: reads, and writes for the hop cache. */
export interface Lookup<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): unknown;
  delete(key: K): boolean;
}

const GONE: unique symbol = Symbol('gone');

/** The maps of a network index: plain when built whole, layered when an edit's index shares its predecessor's. */
export type IndexMap<K, V> = Map<K, V> | LayeredMap<K, V>;

/**
 * A map read through to a base it never writes, with its own changes in a layer on top: the index of an edited network
 * shares the thousands of entries an edit left alone instead of copying them. Layering a layered map again reuses its
 * base and copies only its layer, and a layer grown to a quarter of its base is folded into a new plain map, so reads
 * look at most two maps and the copying per edit stays near the size of what edits changed.
 */
export class LayeredMap<K, V> implements Lookup<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly layer: Map<K, V | typeof GONE>,
  ) {}

  /** A new map holding what `from` holds now; changes to either are not seen by the other. */
  static over<K, V>(from: IndexMap<K, V>): LayeredMap<K, V> {
    if (!(from instanceof LayeredMap)) return new LayeredMap(from, new Map());
    if (from.layer.size * 4 < from.base.size) return new LayeredMap(from.base, new Map(from.layer));
    const flat = new Map(from.base);
    for (const [key, value] of from.layer) {
      if (value === GONE) flat.delete(key);
      else flat.set(key, value);
    }
    return new LayeredMap(flat, new Map());
  }

  get(key: K): V | undefined {
    const value = this.layer.get(key);
    if (value !== undefined) return value === GONE ? undefined : value;
    return this.layer.has(key) ? undefined : this.base.get(key);
  }

  has(key: K): boolean {
    const value = this.layer.get(key);
    if (value !== undefined) return value !== GONE;
    return this.base.has(key);
  }

  set(key: K, value: V): this {
    this.layer.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    const had = this.has(key);
    this.layer.set(key, GONE);
    return had;
  }
}
