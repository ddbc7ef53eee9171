import { diagnosticAt, type Diagnostic, type SpecLocation } from '../../diagnostics.js';
import { isObject } from '../walk.js';

/** One action of an Overlay 1.0 document, with the pointer it sits at in the overlay file. */
export interface OverlayAction {
  target: string;
  update?: unknown;
  remove: boolean;
  /** `/actions/<i>`: where the action is written, for its diagnostics. */
  pointer: string;
}

const ACTION_FIELDS = new Set(['target', 'description', 'update', 'remove']);
const ROOT_FIELDS = new Set(['overlay', 'info', 'extends', 'actions']);

/**
 * Checks an overlay's shape against Overlay 1.0.0 (§4.4: Overlay, Info and Action Objects) and returns
 * its actions, or only errors, each at the field that is wrong. Strict on purpose: an unknown field in
 * an action (say, 1.1's `copy`) would otherwise be ignored, and the overlay silently do less than asked.
 * `extends` is not used: the overlay applies to the spec it is given with.
 */
export function readOverlayActions(overlay: SpecLocation & { data: unknown }): { actions: OverlayAction[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const error = (pointer: string, message: string) => diagnostics.push(diagnosticAt(overlay, pointer, 'OVERLAY_INVALID', message));
  const doc = overlay.data;
  if (!isObject(doc)) {
    error('', 'an overlay is an object with overlay, info and actions');
    return { actions: [], diagnostics };
  }
  if (typeof doc.overlay !== 'string' || !/^1\.0\.\d+$/.test(doc.overlay)) {
    const found = doc.overlay === undefined ? 'no overlay field' : `overlay ${JSON.stringify(doc.overlay)}`;
    error(doc.overlay === undefined ? '' : '/overlay', `not an Overlay 1.0 document (found ${found})`);
    return { actions: [], diagnostics };
  }
  for (const key of Object.keys(doc)) if (!ROOT_FIELDS.has(key) && !key.startsWith('x-')) error(`/${key}`, `unknown field "${key}" in the overlay`);
  if (!isObject(doc.info)) error(doc.info === undefined ? '' : '/info', 'info is required: an object with title and version');
  else for (const field of ['title', 'version']) if (typeof doc.info[field] !== 'string') error(doc.info[field] === undefined ? '/info' : `/info/${field}`, `info.${field} must be a string`);
  if (doc.extends !== undefined && typeof doc.extends !== 'string') error('/extends', 'extends must be a string');
  if (!Array.isArray(doc.actions) || doc.actions.length === 0) {
    error(doc.actions === undefined ? '' : '/actions', 'actions must be a list of at least one action');
    return { actions: [], diagnostics };
  }
  const actions: OverlayAction[] = [];
  doc.actions.forEach((action: unknown, i: number) => {
    const pointer = `/actions/${i}`;
    if (!isObject(action)) return error(pointer, 'an action is an object with target and update or remove');
    let ok = true;
    for (const key of Object.keys(action)) {
      if (!ACTION_FIELDS.has(key) && !key.startsWith('x-')) {
        error(`${pointer}/${key}`, `unknown field "${key}" in an action (Overlay 1.0 has target, description, update, remove)`);
        ok = false;
      }
    }
    if (typeof action.target !== 'string') {
      error(action.target === undefined ? pointer : `${pointer}/target`, 'an action needs a target: a JSONPath query string');
      ok = false;
    }
    if (action.remove !== undefined && typeof action.remove !== 'boolean') {
      error(`${pointer}/remove`, 'remove must be true or false');
      ok = false;
    }
    if (action.description !== undefined && typeof action.description !== 'string') error(`${pointer}/description`, 'description must be a string');
    if (action.update === undefined && action.remove !== true) {
      error(pointer, 'the action does nothing: give it an update or remove: true');
      ok = false;
    }
    if (ok) actions.push({ target: action.target as string, update: action.update, remove: action.remove === true, pointer });
  });
  return { actions, diagnostics };
}
