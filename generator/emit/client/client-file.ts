import {
  StructureKind,
  VariableDeclarationKind,
  type InterfaceDeclarationStructure,
  type JSDocStructure,
  type OptionalKind,
  type TypeAliasDeclarationStructure,
} from 'ts-morph';
import type { ApiIR, OperationIR } from '../../ir/types.js';
import { MODULE_EXPORTS } from '../../plan/exports.js';
import { moduleSpecifier, OUTPUT_FILES } from '../../plan/files.js';
import type { ApiPlan, ValidatorPlan } from '../../plan/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { generatedHeader } from '../header.js';
import { operationDescriptor, securityDescriptors } from './descriptor.js';
import { commentText, objectKey } from '../../escape/typescript.js';
import { Code, printLiteral } from './literal.js';
import { clientOptionProperties, defaultServerLiteral, serverVariablesType } from './options.js';
import { inMemorySourceFile } from '../ts-project.js';
import { requestInterface, requestRequired } from './request-type.js';
import { resultMembers } from './result-types.js';
import { isStreamed, streamAccept, streamDescriptor } from './streams.js';

/**
 * client.gen.ts: `ClientOptions`, one request interface and result union per operation, the `Client`
 * interface, the operation descriptors the runtime reads, and `createClient`. Built from ts-morph
 * structures; it imports exactly the types and validators it names (the plan says which exist).
 */
export function emitClientFile(api: ApiIR, plan: ApiPlan): EmittedFile {
  const file = inMemorySourceFile(OUTPUT_FILES.client);
  const typeImports = new Set<string>();
  const validatorImports = new Set<string>();
  const useType = (name: string) => (typeImports.add(name), name);
  const validator = (v: ValidatorPlan | undefined) => (v ? (validatorImports.add(v.name), new Code(v.name)) : undefined);

  const server = api.servers[0];
  file.addInterface({
    name: 'ClientOptions',
    isExported: true,
    properties: clientOptionProperties(api, plan),
    docs: ['Options of `createClient`.'],
  });
  if (server && server.variables.length > 0) {
    file.addTypeAlias({
      name: 'ServerVariables',
      isExported: true,
      type: serverVariablesType(server),
      docs: ['Values for the variables of the default server URL.'],
    });
  }
  // One addStatements call: adding per operation re-parses the growing file each time (quadratic on large specs).
  file.addStatements(
    api.operations.flatMap((op) => {
      const names = plan.operation(op);
      const request: InterfaceDeclarationStructure = { kind: StructureKind.Interface, ...requestInterface(op, names, useType) };
      const result: TypeAliasDeclarationStructure = {
        kind: StructureKind.TypeAlias,
        name: names.result,
        isExported: true,
        type: resultMembers(op, names, useType).map((m) => `\n  | ${m}`).join(''),
        docs: [`What \`${names.method}\` resolves to: narrow on \`ok\` or \`status\`. Never rejects.`],
      };
      return [request, result];
    }),
  );
  file.addInterface({
    name: 'Client',
    isExported: true,
    docs: ['One method per operation. Methods never throw: every outcome is a result (see `TransportError`).'],
    methods: api.operations.map((op) => {
      const names = plan.operation(op);
      return {
        name: names.method,
        parameters: [{ name: 'request', type: names.request, hasQuestionToken: !requestRequired(op) }],
        returnType: `Promise<${names.result}>`,
        docs: [methodDoc(op)],
      };
    }),
  });

  const descriptors = Object.fromEntries(
    api.operations.map((op) => [plan.operation(op).method, operationDescriptor(op, plan, validator)]),
  );
  // A spec without operations gets no table nor caller to read it: an unused const fails `noUnusedLocals`.
  const hasOperations = api.operations.length > 0;
  const streamed = api.operations.filter(isStreamed);
  const streamSpecs = Object.fromEntries(streamed.map((op) => [plan.operation(op).method, streamDescriptor(op, plan, validator)]));
  file.addVariableStatements([
    ...(hasOperations
      ? [
          {
            docs: [
              'What the runtime needs to call each operation: method, path, parameter styles, media, validators, security.',
            ],
            declarationKind: VariableDeclarationKind.Const,
            declarations: [
              {
                name: 'operationSpecs',
                initializer: `${printLiteral(descriptors)} satisfies Record<string, runtime.OperationSpec>`,
              },
            ],
          },
        ]
      : []),
    ...(streamed.length > 0
      ? [
          {
            docs: ['The streamed responses of each operation that has them: how the body splits into items, and their validator.'],
            declarationKind: VariableDeclarationKind.Const,
            declarations: [
              {
                name: 'streamSpecs',
                initializer: `${printLiteral(streamSpecs)} satisfies Record<string, Record<string, runtime.StreamSpec>>`,
              },
            ],
          },
        ]
      : []),
    {
      docs: ['How each security scheme attaches its credential.'],
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: 'securitySchemeSpecs',
          type: 'runtime.SecuritySchemeSpec[]',
          initializer: printLiteral(securityDescriptors(api, plan)),
        },
      ],
    },
    {
      docs: ["The spec's first server and its variables' defaults (`undefined`: the spec has none)."],
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: 'defaultServer', initializer: defaultServerLiteral(api) }],
    },
  ]);
  file.addFunction(createClientStructure(api, plan));

  file.insertImportDeclarations(0, [
    ...(typeImports.size > 0
      ? [{ isTypeOnly: true, moduleSpecifier: moduleSpecifier(OUTPUT_FILES.types), namedImports: [...typeImports].sort() }]
      : []),
    ...(validatorImports.size > 0
      ? [{ moduleSpecifier: moduleSpecifier(OUTPUT_FILES.validators), namedImports: [...validatorImports].sort() }]
      : []),
    { moduleSpecifier: moduleSpecifier(OUTPUT_FILES.runtime), namespaceImport: 'runtime' },
  ]);
  file.insertExportDeclarations(file.getImportDeclarations().length, [
    { moduleSpecifier: moduleSpecifier(OUTPUT_FILES.runtime), namedExports: [...MODULE_EXPORTS.runtimeValues] },
    { isTypeOnly: true, moduleSpecifier: moduleSpecifier(OUTPUT_FILES.runtime), namedExports: [...MODULE_EXPORTS.runtimeTypes] },
  ]);
  return { path: OUTPUT_FILES.client, content: `${generatedHeader(api)}\n${file.getFullText()}`, parser: 'typescript' };
}

function createClientStructure(api: ApiIR, plan: ApiPlan) {
  const credentials = Object.fromEntries(api.securitySchemes.map((s) => [s.key, new Code(`options.${plan.credentialOption(s)}`)]));
  const optional = api.servers.length > 0;
  return {
    kind: StructureKind.Function as const,
    name: 'createClient',
    isExported: true,
    parameters: [{ name: 'options', type: 'ClientOptions', initializer: optional ? '{}' : undefined }],
    returnType: 'Client',
    docs: [
      `Creates a client for ${commentText(api.title)}. Configuration errors (no base URL) throw here; calls never throw.`,
    ],
    statements: (writer: import('ts-morph').CodeBlockWriter) => {
      // Without operations the caller is still built: it checks the options (a missing base URL throws).
      writer.writeLine(api.operations.length > 0 ? 'const call = runtime.createCaller({' : 'runtime.createCaller({');
      writer.writeLine('options,');
      writer.writeLine('baseUrl: runtime.resolveBaseUrl(options, defaultServer),');
      writer.writeLine('schemes: securitySchemeSpecs,');
      writer.writeLine(`credentials: ${printLiteral(credentials)},`);
      writer.writeLine('});');
      writer.writeLine('return {');
      for (const op of api.operations) {
        const names = plan.operation(op);
        if (isStreamed(op)) {
          const accept = printLiteral(streamAccept(op));
          writer.writeLine(
            `${objectKey(names.method)}: (request) => runtime.callStream({ call, op: operationSpecs.${names.method}, streams: streamSpecs.${names.method}, accept: ${accept}, options, input: request }) as Promise<${names.result}>,`,
          );
        } else {
          writer.writeLine(`${objectKey(names.method)}: (request) => call(operationSpecs.${names.method}, request) as Promise<${names.result}>,`);
        }
      }
      writer.writeLine('};');
    },
  };
}

function methodDoc(op: OperationIR): OptionalKind<JSDocStructure> {
  const lines = [op.summary, op.description, `\`${op.requestMethod} ${op.path}\``].filter(
    (l): l is string => !!l,
  );
  return {
    description: commentText(lines.join('\n\n')),
    tags: op.deprecated ? [{ tagName: 'deprecated' }] : [],
  };
}
