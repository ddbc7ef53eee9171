import { stringWidth } from '../../common/string-width.js';

/**
 * A small document printer with prettier's semantics (Wadler's "fits in the remaining width"
 * algorithm as prettier 3 implements it), so the emitters (types, client, validators, docs examples)
 * lay out text exactly as prettier would without parsing it. Only what our printers need: group,
 * conditionalGroup, indent, align, line / softline / hardline / literalline, ifBreak, indentIfBreak,
 * and fill (the docs examples' arrays of numbers). No line suffixes (trailing comments) are ever
 * printed, so `lineSuffixBoundary` is the empty document. test/unit/emit/doc-printer.test.ts compares it with prettier's own
 * printDocToString on generated documents.
 *
 * One difference in bookkeeping: prettier finds hard breaks in a pass over the finished document
 * (propagateBreaks); here every node records at construction whether it contains one (`hard`),
 * which marks exactly the same groups as broken.
 */
export type Doc = string | readonly Doc[] | DocNode;

type DocNode = Group | Indent | Align | Line | IfBreak | IndentIfBreak | Fill | BreakParent;

/** `expandedStates`: a conditionalGroup's layouts, most compact first (`contents` is the first). */
interface Group { readonly kind: 'group'; readonly contents: Doc; readonly hard: boolean; readonly id: symbol | undefined; readonly expandedStates?: readonly Doc[] }
interface Indent { readonly kind: 'indent'; readonly contents: Doc; readonly hard: boolean }
interface Align { readonly kind: 'align'; readonly n: number; readonly contents: Doc; readonly hard: boolean }
interface Line { readonly kind: 'line'; readonly soft: boolean; readonly hardLine: boolean; readonly literal: boolean; readonly hard: boolean }
interface IfBreak { readonly kind: 'if-break'; readonly breakContents: Doc; readonly flatContents: Doc; readonly groupId: symbol | undefined; readonly hard: boolean }
interface IndentIfBreak { readonly kind: 'indent-if-break'; readonly contents: Doc; readonly groupId: symbol; readonly hard: boolean }
interface BreakParent { readonly kind: 'break-parent'; readonly hard: true }
/** Alternating content and separators (lines); `offset` counts the parts already printed. */
interface Fill { readonly kind: 'fill'; readonly parts: readonly Doc[]; readonly offset: number; readonly hard: boolean }

/** Whether a document contains a hard break (prettier: a breakParent), which breaks every enclosing group. */
export function hasHardBreak(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (isArray(doc)) {
    for (const part of doc) if (hasHardBreak(part)) return true;
    return false;
  }
  return doc.hard;
}

export function group(contents: Doc, options: { shouldBreak?: boolean; id?: symbol } = {}): Doc {
  return { kind: 'group', contents, hard: options.shouldBreak === true || hasHardBreak(contents), id: options.id };
}
/**
 * prettier's conditionalGroup: the first state that fits flat, else the last one broken. It never
 * breaks for what it contains, and passes no break on to the groups around it (prettier's
 * propagateBreaks stops at it).
 */
export function conditionalGroup(states: readonly Doc[]): Doc {
  return { kind: 'group', contents: states[0]!, hard: false, id: undefined, expandedStates: states };
}
/** Nothing: it only matters where line suffixes are printed, which our printers never do. */
export const lineSuffixBoundary: Doc = '';
export function indent(contents: Doc): Doc {
  return { kind: 'indent', contents, hard: hasHardBreak(contents) };
}
export function align(n: number, contents: Doc): Doc {
  return { kind: 'align', n, contents, hard: hasHardBreak(contents) };
}
export function ifBreak(breakContents: Doc, flatContents: Doc = '', options: { groupId?: symbol } = {}): Doc {
  return { kind: 'if-break', breakContents, flatContents, groupId: options.groupId, hard: hasHardBreak(breakContents) || hasHardBreak(flatContents) };
}
export function indentIfBreak(contents: Doc, options: { groupId: symbol }): Doc {
  return { kind: 'indent-if-break', contents, groupId: options.groupId, hard: hasHardBreak(contents) };
}
/** Content and separator parts alternating: each separator breaks only when the next content does not fit. */
export function fill(parts: readonly Doc[]): Doc {
  return { kind: 'fill', parts, offset: 0, hard: hasHardBreak(parts) };
}
export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  const parts: Doc[] = [];
  docs.forEach((doc, i) => {
    if (i > 0) parts.push(separator);
    parts.push(doc);
  });
  return parts;
}

const breakParent: BreakParent = { kind: 'break-parent', hard: true };
export const line: Doc = { kind: 'line', soft: false, hardLine: false, literal: false, hard: false };
export const softline: Doc = { kind: 'line', soft: true, hardLine: false, literal: false, hard: false };
export const hardline: Doc = [{ kind: 'line', soft: false, hardLine: true, literal: false, hard: true }, breakParent];
export const literalline: Doc = [{ kind: 'line', soft: false, hardLine: true, literal: true, hard: true }, breakParent];

function isArray(doc: Doc): doc is readonly Doc[] {
  return Array.isArray(doc);
}

/** Stack entries: indentation (spaces), mode and document, in three parallel arrays. */
interface Commands { ind: number[]; flat: boolean[]; doc: Doc[] }

/** Prints a document as prettier's printDocToString does with `useTabs: false`, `tabWidth: 2`, LF line ends. */
export function printDoc(doc: Doc, width: number): string {
  const out: string[] = [];
  const cmds: Commands = { ind: [0], flat: [false], doc: [doc] };
  const groupModes = new Map<symbol, boolean>(); // id → printed flat
  let pos = 0;
  let shouldRemeasure = false;
  const push = (ind: number, flat: boolean, d: Doc) => {
    cmds.ind.push(ind);
    cmds.flat.push(flat);
    cmds.doc.push(d);
  };
  while (cmds.doc.length > 0) {
    const ind = cmds.ind.pop()!;
    const flat = cmds.flat.pop()!;
    const d = cmds.doc.pop()!;
    if (typeof d === 'string') {
      if (d !== '') {
        out.push(d);
        pos += stringWidth(d);
      }
      continue;
    }
    if (isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) push(ind, flat, d[i]!);
      continue;
    }
    switch (d.kind) {
      case 'indent':
        push(ind + 2, flat, d.contents);
        break;
      case 'align':
        push(ind + d.n, flat, d.contents);
        break;
      case 'group': {
        let printFlat: boolean;
        let contents = d.contents;
        if (flat && !shouldRemeasure) {
          printFlat = !d.hard;
        } else {
          shouldRemeasure = false;
          printFlat = !d.hard && fits(d.contents, cmds, width - pos, groupModes);
          if (!printFlat && d.expandedStates) {
            // The first later state that fits flat (never the last), else the last one broken.
            const states = d.expandedStates;
            contents = states[states.length - 1]!;
            for (let i = 1; !d.hard && i < states.length - 1; i++) {
              if (fits(states[i]!, cmds, width - pos, groupModes)) {
                contents = states[i]!;
                printFlat = true;
                break;
              }
            }
          }
        }
        push(ind, printFlat, contents);
        if (d.id) groupModes.set(d.id, printFlat);
        break;
      }
      case 'if-break':
      case 'indent-if-break': {
        const groupFlat = d.groupId ? groupModes.get(d.groupId) : flat;
        if (groupFlat === undefined) break; // prettier prints neither branch for a group not yet printed
        if (d.kind === 'if-break') push(ind, flat, groupFlat ? d.flatContents : d.breakContents);
        else push(groupFlat ? ind : ind + 2, flat, d.contents);
        break;
      }
      case 'fill':
        printFill(d, ind, flat, cmds, width - pos, groupModes);
        break;
      case 'line':
        if (flat && !d.hardLine) {
          if (!d.soft) {
            out.push(' ');
            pos += 1;
          }
          break;
        }
        if (flat) shouldRemeasure = true;
        if (d.literal) {
          out.push('\n');
          pos = 0;
        } else {
          trimTrailingSpaces(out);
          out.push('\n' + spaces(ind));
          pos = ind;
        }
        break;
      case 'break-parent':
        break;
    }
  }
  return out.join('');
}

/**
 * prettier's `fits`: whether `next` printed flat, followed by the rest of the stack in its own
 * modes up to the first line that breaks, fits in `remaining` columns.
 */
function fits(next: Doc, rest: Commands, remaining: number, groupModes: Map<symbol, boolean>, mustBeFlat = false): boolean {
  let restIndex = rest.doc.length;
  const docs: Doc[] = [next];
  const modes: boolean[] = [true];
  let pendingSpace = false;
  while (remaining >= 0) {
    if (docs.length === 0) {
      if (restIndex === 0) return true;
      restIndex--;
      docs.push(rest.doc[restIndex]!);
      modes.push(rest.flat[restIndex]!);
      continue;
    }
    const flat = modes.pop()!;
    const d = docs.pop()!;
    if (typeof d === 'string') {
      if (d !== '') {
        if (pendingSpace) {
          remaining -= 1;
          pendingSpace = false;
        }
        remaining -= stringWidth(d);
      }
      continue;
    }
    if (isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) {
        docs.push(d[i]!);
        modes.push(flat);
      }
      continue;
    }
    switch (d.kind) {
      case 'indent':
      case 'align':
      case 'indent-if-break':
        docs.push(d.contents);
        modes.push(flat);
        break;
      case 'group': {
        if (mustBeFlat && d.hard) return false;
        const groupFlat = d.hard ? false : flat;
        docs.push(d.expandedStates && !groupFlat ? d.expandedStates[d.expandedStates.length - 1]! : d.contents);
        modes.push(groupFlat);
        break;
      }
      case 'fill':
        for (let i = d.parts.length - 1; i >= d.offset; i--) {
          docs.push(d.parts[i]!);
          modes.push(flat);
        }
        break;
      case 'if-break': {
        const groupFlat = d.groupId ? (groupModes.get(d.groupId) ?? true) : flat;
        const contents = groupFlat ? d.flatContents : d.breakContents;
        if (contents !== '') {
          docs.push(contents);
          modes.push(flat);
        }
        break;
      }
      case 'line':
        if (!flat || d.hardLine) return true;
        if (!d.soft) pendingSpace = true;
        break;
      case 'break-parent':
        break;
    }
  }
  return false;
}

const NO_COMMANDS: Commands = { ind: [], flat: [], doc: [] };

/**
 * prettier's fill: the next content flat when it fits on its own, the separator before it flat when
 * the content after it fits too; the rest of the fill is pushed back (with its offset) to go on.
 */
function printFill(d: Fill, ind: number, flat: boolean, cmds: Commands, remaining: number, groupModes: Map<symbol, boolean>): void {
  const length = d.parts.length - d.offset;
  if (length === 0) return;
  const push = (f: boolean, doc: Doc) => {
    cmds.ind.push(ind);
    cmds.flat.push(f);
    cmds.doc.push(doc);
  };
  const content = d.parts[d.offset]!;
  const contentFits = fits(content, NO_COMMANDS, remaining, groupModes, true);
  if (length === 1) {
    push(contentFits, content);
    return;
  }
  const separator = d.parts[d.offset + 1]!;
  if (length === 2) {
    push(contentFits, separator);
    push(contentFits, content);
    return;
  }
  push(flat, { ...d, offset: d.offset + 2 });
  const bothFit = fits([content, separator, d.parts[d.offset + 2]!], NO_COMMANDS, remaining, groupModes, true);
  push(bothFit, separator);
  push(contentFits, content);
}

/** Removes trailing spaces and tabs from the output, as prettier does before every line break. */
function trimTrailingSpaces(out: string[]): void {
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    let end = last.length;
    while (end > 0 && (last[end - 1] === ' ' || last[end - 1] === '\t')) end--;
    if (end === last.length) return;
    if (end > 0) {
      out[out.length - 1] = last.slice(0, end);
      return;
    }
    out.pop();
  }
}

const indentCache: string[] = [];
function spaces(n: number): string {
  return (indentCache[n] ??= ' '.repeat(n));
}

