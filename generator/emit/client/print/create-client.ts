import { stringLiteral } from '../../../escape/typescript.js';
import type { ApiIR } from '../../../ir/types.js';
import type { ApiPlan } from '../../../plan/types.js';
import { group, hardline, ifBreak, indent, join, line, softline, type Doc } from '../../print/doc.js';
import { codeExpr, propertyDoc } from '../../print/value-layout.js';
import { Code } from '../literal.js';
import { isStreamed, streamAccept } from '../streams.js';
import { typeDoc } from './declarations.js';
import type { Guard } from './guard.js';
import { literalExpr, objectKeyText } from './literal.js';

/**
 * The body of `createClient` as prettier prints it: the caller's options object and the returned
 * object are written broken (prettier keeps an object broken when its source was), and each method is
 * an arrow `(request) => call(spec, request) as Promise<Result>`, laid out by width (print/arrow-function.js:
 * body after `=>` on the same line, else on the next, else with its arguments one per line). A streamed
 * operation's method (`runtime.callStream({ … })`, a hugged object argument) is noted on the guard.
 */
export function createClientBody(api: ApiIR, plan: ApiPlan, g: Guard): Doc {
  const credentials = Object.fromEntries(api.securitySchemes.map((s) => [s.key, new Code(`options.${plan.credentialOption(s)}`)]));
  const callerOptions = [
    'options,',
    'baseUrl: runtime.resolveBaseUrl(options, defaultServer),',
    'schemes: securitySchemeSpecs,',
    [group(propertyDoc('credentials', literalExpr(credentials, g), 'typescript')), ','],
  ];
  // Without operations the caller is still built: it checks the options (a missing base URL throws).
  const caller = [api.operations.length > 0 ? 'const call = runtime.createCaller({' : 'runtime.createCaller({', indent([hardline, join(hardline, callerOptions)]), hardline, '});'];
  const methods = api.operations.map((op) => {
    const names = plan.operation(op);
    const key = objectKeyText(names.method, g);
    if (isStreamed(op)) {
      // Written flat, correct, and left to prettier.
      g.unsure('a streamed method');
      const accept = stringLiteral(streamAccept(op));
      return `${key}: (request) => runtime.callStream({ call, op: operationSpecs.${names.method}, streams: streamSpecs.${names.method}, accept: ${accept}, options, input: request }) as Promise<${names.result}>,`;
    }
    const args = group(['call(', indent([softline, `operationSpecs.${names.method}`, ',', line, 'request']), ifBreak(','), softline, ')']);
    // The parameter list is a group of its own: with a very long key, `(` is what stays on the key's line.
    const parameters = group(['(', indent([softline, 'request']), ifBreak(','), softline, ')']);
    const arrow = group([parameters, ' =>', indent([line, args, ' as ', typeDoc(`Promise<${names.result}>`, g)])]);
    return [propertyDoc(key, codeExpr(arrow), 'typescript'), ','];
  });
  const result = methods.length === 0 ? 'return {};' : ['return {', indent([hardline, join(hardline, methods)]), hardline, '};'];
  return [caller, hardline, result];
}
