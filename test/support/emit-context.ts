import type { EmitContext } from '../../generator/emit/emitted-file.js';
import { generatorAssets } from '../../generator/load/assets.js';

/** What emitters get in tests: the real templates and runtime sources, and reports dropped. */
export function testEmitContext(report: EmitContext['report'] = () => undefined): EmitContext {
  return { report, assets: generatorAssets() };
}
