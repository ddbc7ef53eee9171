import { fromPointer, toPointer, type SpecLocation } from '../diagnostics.js';

/** Where a node of the assembled document was written: a file, and the pointer of the node in it. */
export interface Origin {
  file: SpecLocation;
  pointer: string;
}

/**
 * From a pointer into the assembled document (the root spec with referenced files inlined and
 * overlays applied) back to the file and line its node was written at. Only the places where the
 * source changes are recorded, on the container holding them: "member `Profile` of this object came
 * from schemas.yaml#/Profile", "member `description` from overlay.yaml#/actions/0/update/description".
 * Below such a member the document mirrors its source, so the rest of the pointer is read in that file.
 */
export class SourceMap {
  private readonly members = new WeakMap<object, Map<string, Origin>>();

  constructor(
    private readonly root: () => unknown,
    private readonly rootFile: SpecLocation,
  ) {}

  /** Records that `container[key]` was written at `origin`. */
  set(container: object, key: string | number, origin: Origin): void {
    let map = this.members.get(container);
    if (!map) this.members.set(container, (map = new Map()));
    map.set(String(key), origin);
  }

  /** Forgets what was recorded for `container[key]` (a removed member). */
  forget(container: object, key: string | number): void {
    this.members.get(container)?.delete(String(key));
  }

  /** The file and pointer a node of the assembled document was written at. */
  originOf(segments: readonly (string | number)[]): Origin {
    let node: unknown = this.root();
    let origin: Origin = { file: this.rootFile, pointer: '' };
    let rest: string[] = [];
    for (const raw of segments) {
      const segment = String(raw);
      const recorded = typeof node === 'object' && node !== null ? this.members.get(node)?.get(segment) : undefined;
      if (recorded) {
        origin = recorded;
        rest = [];
      } else {
        rest.push(segment);
      }
      node = typeof node === 'object' && node !== null && Object.hasOwn(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
    }
    return { file: origin.file, pointer: origin.pointer + toPointer(rest) };
  }

  /** Line, column and file of a pointer into the assembled document. */
  position(pointer: string): { line: number; col: number; file: string } {
    const { file, pointer: inFile } = this.originOf(fromPointer(pointer));
    return { ...file.position(inFile), file: file.file };
  }
}
