/** What a conversion could not carry, summarised by kind: "2 requests (key-1, key-2)". */
export class DropList {
  private readonly items = new Map<string, string[]>();
  add(what: string, name?: string): void {
    const names = this.items.get(what) ?? [];
    if (name !== undefined && !names.includes(name)) names.push(name);
    this.items.set(what, names);
  }
  /** Every kind dropped so far, in the order first seen. */
  kinds(): string[] {
    return [...this.items.keys()];
  }
  /** One line, or '' when nothing was dropped. */
  summary(): string {
    return [...this.items].map(([what, names]) => (names.length ? `${what} (${names.slice(0, 6).join(', ')}${names.length > 6 ? ` and ${names.length - 6} more` : ''})` : what)).join('; ');
  }
}
