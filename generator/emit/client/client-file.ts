import { commentText, stringLiteral } from '../../escape/typescript.js';
import type { ApiIR, OperationIR } from '../../ir/types.js';
import { MODULE_EXPORTS } from '../../plan/exports.js';
import { moduleSpecifier, OUTPUT_FILES } from '../../plan/files.js';
import type { ApiPlan, ValidatorPlan } from '../../plan/types.js';
import { joinPieces, type EmittedFile, type FilePiece } from '../emitted-file.js';
import { generatedHeader } from '../header.js';
import { hardline, indent, join, printDoc, type Doc } from '../print/doc.js';
import { operationDescriptor, securityDescriptors } from './descriptor.js';
import { Code } from './literal.js';
import { clientOptionProperties, defaultServerLiteral, serverVariablesType } from './options.js';
import { constDoc, interfaceDoc, namedModuleDeclaration, typeAliasDoc } from './print/declarations.js';
import { createClientBody } from './print/create-client.js';
import { Guard } from './print/guard.js';
import { jsDoc, type JsDoc } from './print/jsdoc.js';
import { literalDoc } from './print/literal.js';
import { requestInterface, requestRequired } from './request-type.js';
import { resultMembers } from './result-types.js';
import { isStreamed, streamDescriptor } from './streams.js';

const PRINT_WIDTH = 100;

/**
 * client.gen.ts: `ClientOptions`, one request interface and result union per operation, the `Client`
 * interface, the operation descriptors the runtime reads, and `createClient`. Statements are printed
 * in prettier's layout (print/); one the printer does not reproduce goes to prettier as a piece of
 * its own. It imports exactly the types and validators it names (the plan says which exist).
 */
export function emitClientFile(api: ApiIR, plan: ApiPlan): EmittedFile {
  const typeImports = new Set<string>();
  const validatorImports = new Set<string>();
  const useType = (name: string) => (typeImports.add(name), name);
  const validator = (v: ValidatorPlan | undefined) => (v ? (validatorImports.add(v.name), new Code(v.name)) : undefined);

  // Blank lines between statements as the file has always had them (prettier keeps them as found).
  const body: FilePiece[] = [];
  const add = (blankBefore: boolean, print: (g: Guard) => Doc) => body.push(piece(blankBefore, print));

  add(true, (g) =>
    interfaceDoc({ name: 'ClientOptions', doc: 'Options of `createClient`.', members: clientOptionProperties(api, plan) }, g),
  );
  const server = api.servers[0];
  if (server && server.variables.length > 0) {
    // Members with comments inside a type literal: prettier lays this one out.
    const source = `/** Values for the variables of the default server URL. */\nexport type ServerVariables = ${serverVariablesType(server)};\n`;
    body.push({ text: source, final: false, blankBefore: true });
  }
  api.operations.forEach((op, i) => {
    const names = plan.operation(op);
    add(i > 0, (g) => interfaceDoc(requestInterface(op, names, useType), g));
    const members = resultMembers(op, names, useType);
    const doc = `What \`${names.method}\` resolves to: narrow on \`ok\` or \`status\`. Never rejects.`;
    add(true, (g) => [jsDoc(doc), hardline, typeAliasDoc(`export type ${names.result} = ${members.join(' | ')};`, g)]);
  });
  add(true, (g) =>
    interfaceDoc(
      {
        name: 'Client',
        doc: 'One method per operation. Methods never throw: every outcome is a result (see `TransportError`).',
        members: api.operations.map((op) => {
          const names = plan.operation(op);
          return {
            name: names.method,
            doc: methodDoc(op),
            parameter: { name: 'request', optional: !requestRequired(op), type: names.request },
            returnType: `Promise<${names.result}>`,
          };
        }),
      },
      g,
    ),
  );

  // A spec without operations gets no table nor caller to read it: an unused const fails `noUnusedLocals`.
  const tables: ((g: Guard) => Doc)[] = [];
  if (api.operations.length > 0) {
    const descriptors = Object.fromEntries(api.operations.map((op) => [plan.operation(op).method, operationDescriptor(op, plan, validator)]));
    tables.push((g) =>
      constDoc(
        {
          doc: 'What the runtime needs to call each operation: method, path, parameter styles, media, validators, security.',
          name: 'operationSpecs',
          value: [literalDoc(descriptors, g), ' satisfies Record<string, runtime.OperationSpec>'],
        },
        g,
      ),
    );
  }
  const streamed = api.operations.filter(isStreamed);
  if (streamed.length > 0) {
    const streamSpecs = Object.fromEntries(streamed.map((op) => [plan.operation(op).method, streamDescriptor(op, plan, validator)]));
    tables.push((g) =>
      constDoc(
        {
          doc: 'The streamed responses of each operation that has them: how the body splits into items, and their validator.',
          name: 'streamSpecs',
          value: [literalDoc(streamSpecs, g), ' satisfies Record<string, Record<string, runtime.StreamSpec>>'],
        },
        g,
      ),
    );
  }
  tables.push(
    (g) =>
      constDoc(
        {
          doc: 'How each security scheme attaches its credential.',
          name: 'securitySchemeSpecs',
          type: 'runtime.SecuritySchemeSpec[]',
          value: literalDoc(securityDescriptors(api, plan), g),
        },
        g,
      ),
    (g) =>
      constDoc(
        {
          doc: "The spec's first server and its variables' defaults (`undefined`: the spec has none).",
          name: 'defaultServer',
          value: literalDoc(defaultServerLiteral(api), g),
        },
        g,
      ),
  );
  tables.forEach((print, i) => body.push(piece(i === 0, print)));
  add(true, (g) => {
    const doc = `Creates a client for ${commentText(api.title)}. Configuration errors (no base URL) throw here; calls never throw.`;
    const signature = `export function createClient(options: ClientOptions${api.servers.length > 0 ? ' = {}' : ''}): Client {`;
    return [jsDoc(doc), hardline, signature, indent([hardline, createClientBody(api, plan, g)]), hardline, '}'];
  });

  // Imports last: the statements above decide which types and validators are named.
  const runtime = moduleSpecifier(OUTPUT_FILES.runtime);
  const imports: Doc[] = [];
  if (typeImports.size > 0) imports.push(namedModuleDeclaration('import', true, [...typeImports].sort(), moduleSpecifier(OUTPUT_FILES.types)));
  if (validatorImports.size > 0) {
    imports.push(namedModuleDeclaration('import', false, [...validatorImports].sort(), moduleSpecifier(OUTPUT_FILES.validators)));
  }
  imports.push(`import * as runtime from ${stringLiteral(runtime)};`);
  const exports = [
    namedModuleDeclaration('export', false, MODULE_EXPORTS.runtimeValues, runtime),
    namedModuleDeclaration('export', true, MODULE_EXPORTS.runtimeTypes, runtime),
  ];
  const pieces: FilePiece[] = [
    { text: generatedHeader(api), final: true, blankBefore: false },
    { text: `${printDoc(join(hardline, imports), PRINT_WIDTH)}\n`, final: true, blankBefore: true },
    { text: `${printDoc(join(hardline, exports), PRINT_WIDTH)}\n`, final: true, blankBefore: true },
    ...body,
  ];
  const file: EmittedFile = { path: OUTPUT_FILES.client, content: joinPieces(pieces), parser: 'typescript' };
  return pieces.every((p) => p.final) ? { ...file, preformatted: true } : { ...file, pieces };
}

/** One statement, printed; final unless the printer noted something it does not reproduce. */
function piece(blankBefore: boolean, print: (g: Guard) => Doc): FilePiece {
  const g = new Guard();
  const text = `${printDoc(print(g), PRINT_WIDTH)}\n`;
  return { text, final: g.reason === undefined, blankBefore };
}

function methodDoc(op: OperationIR): JsDoc {
  const lines = [op.summary, op.description, `\`${op.requestMethod} ${op.path}\``].filter((l): l is string => !!l);
  return { text: commentText(lines.join('\n\n')), tags: op.deprecated ? ['deprecated'] : [] };
}
