/**
 * What a client statement printer could not guarantee. The printers never refuse: they print valid
 * TypeScript either way, and a statement with a `reason` goes to prettier instead of being final.
 */
export class Guard {
  reason: string | undefined;

  /** Notes the first construct whose prettier layout is not reproduced. */
  unsure(reason: string): void {
    this.reason ??= reason;
  }
}
