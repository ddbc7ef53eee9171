import {
  StructureKind,
  VariableDeclarationKind,
  type InterfaceDeclarationStructure,
  type JSDocStructure,
  type OptionalKind,
  type TypeAliasDeclarationStructure,
} from 'ts-morph';
import type { ApiIR, OperationIR } from '../../ir/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { generatedHeader } from '../header.js';
import { operationDescriptor, securityDescriptors } from './descriptor.js';
import { Code, docSafe, printLiteral, propertyKey } from './literal.js';
import { clientOptionProperties, defaultServerLiteral, serverVariablesType } from './options.js';
import { inMemorySourceFile } from './project.js';
import { requestInterface, requestRequired } from './request-type.js';
import { resultMembers } from './result-types.js';

/** Runtime names client.gen.ts re-exports; names.ts reserves them (FIXED_EXPORTS) so no schema takes them. */
const RUNTIME_TYPE_EXPORTS = ['Credential', 'Fetch', 'RequestOptions', 'RetryOptions', 'TransportError'];

/**
 * client.gen.ts: `ClientOptions`, one request interface and result union per operation, the `Client`
 * interface, the operation descriptors the runtime reads, and `createClient`. Built from ts-morph
 * structures; `validators` lists the validator names validators.gen.ts exports.
 */
export function emitClientFile(api: ApiIR, validators: ReadonlySet<string>): EmittedFile {
  const file = inMemorySourceFile('client.gen.ts');
  const typeImports = new Set<string>();
  const validatorImports = new Set<string>();
  const useType = (name: string) => (typeImports.add(name), name);
  const validator = (name: string) => (validators.has(name) ? (validatorImports.add(name), new Code(name)) : undefined);

  const server = api.servers[0];
  file.addInterface({
    name: 'ClientOptions',
    isExported: true,
    properties: clientOptionProperties(api),
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
      const request: InterfaceDeclarationStructure = { kind: StructureKind.Interface, ...requestInterface(op, useType) };
      const members = resultMembers(op);
      for (const r of op.responses) if (members.some((m) => m.includes(`, ${r.typeName}>`))) useType(r.typeName);
      const result: TypeAliasDeclarationStructure = {
        kind: StructureKind.TypeAlias,
        name: op.names.result,
        isExported: true,
        type: members.map((m) => `\n  | ${m}`).join(''),
        docs: [`What \`${op.names.method}\` resolves to: narrow on \`ok\` or \`status\`. Never rejects.`],
      };
      return [request, result];
    }),
  );
  file.addInterface({
    name: 'Client',
    isExported: true,
    docs: ['One method per operation. Methods never throw: every outcome is a result (see `TransportError`).'],
    methods: api.operations.map((op) => ({
      name: op.names.method,
      parameters: [{ name: 'request', type: op.names.request, hasQuestionToken: !requestRequired(op) }],
      returnType: `Promise<${op.names.result}>`,
      docs: [methodDoc(op)],
    })),
  });

  const descriptors = Object.fromEntries(
    api.operations.map((op) => [op.names.method, operationDescriptor(op, validator)]),
  );
  // A spec without operations gets no table nor caller to read it: an unused const fails `noUnusedLocals`.
  const hasOperations = api.operations.length > 0;
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
    {
      docs: ['How each security scheme attaches its credential.'],
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: 'securitySchemeSpecs',
          type: 'runtime.SecuritySchemeSpec[]',
          initializer: printLiteral(securityDescriptors(api)),
        },
      ],
    },
    {
      docs: ["The spec's first server and its variables' defaults (`undefined`: the spec has none)."],
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: 'defaultServer', initializer: defaultServerLiteral(api) }],
    },
  ]);
  file.addFunction(createClientStructure(api));

  file.insertImportDeclarations(0, [
    ...(typeImports.size > 0
      ? [{ isTypeOnly: true, moduleSpecifier: './types.gen.js', namedImports: [...typeImports].sort() }]
      : []),
    ...(validatorImports.size > 0
      ? [{ moduleSpecifier: './validators.gen.js', namedImports: [...validatorImports].sort() }]
      : []),
    { moduleSpecifier: './client-runtime.gen.js', namespaceImport: 'runtime' },
  ]);
  file.insertExportDeclarations(file.getImportDeclarations().length, [
    { moduleSpecifier: './client-runtime.gen.js', namedExports: ['ClientError'] },
    { isTypeOnly: true, moduleSpecifier: './client-runtime.gen.js', namedExports: RUNTIME_TYPE_EXPORTS },
  ]);
  return { path: 'client.gen.ts', content: `${generatedHeader(api)}\n${file.getFullText()}`, parser: 'typescript' };
}

function createClientStructure(api: ApiIR) {
  const credentials = Object.fromEntries(api.securitySchemes.map((s) => [s.key, new Code(`options.${s.optionName}`)]));
  const optional = api.servers.length > 0;
  return {
    kind: StructureKind.Function as const,
    name: 'createClient',
    isExported: true,
    parameters: [{ name: 'options', type: 'ClientOptions', initializer: optional ? '{}' : undefined }],
    returnType: 'Client',
    docs: [
      `Creates a client for ${docSafe(api.title)}. Configuration errors (no base URL) throw here; calls never throw.`,
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
        writer.writeLine(
          `${propertyKey(op.names.method)}: (request) => call(operationSpecs.${op.names.method}, request) as Promise<${op.names.result}>,`,
        );
      }
      writer.writeLine('};');
    },
  };
}

function methodDoc(op: OperationIR): OptionalKind<JSDocStructure> {
  const lines = [op.summary, op.description, `\`${op.method.toUpperCase()} ${op.path}\``].filter(
    (l): l is string => !!l,
  );
  return {
    description: docSafe(lines.join('\n\n')),
    tags: op.deprecated ? [{ tagName: 'deprecated' }] : [],
  };
}
