import type { DiagnosticCode } from '../diagnostics.js';
import type {
  NamedSchemaIR, OperationIR, ParameterLocation, RequestBodyIR, ResponseIR, SchemaIR, SecuritySchemeIR,
} from '../ir/types.js';

/**
 * What every emitter asks the plan (plan.ts builds one per API, after the IR): each exported symbol
 * and whether it exists, every output file and docs path, the sidebar entries, the rename
 * diagnostics, and the queries every emitter shares. Emitters read it; they never compose a name.
 */
export interface ApiPlan {
  /** Output folder under the output directory, from the spec's file name. */
  readonly slug: string;
  /** The component schemas in output order (by type name). */
  readonly schemas: readonly SchemaPlan[];
  /** The plan of the component schema at `pointer`, or undefined when the pointer is not one. */
  schema(pointer: string): SchemaPlan | undefined;
  /** The names one operation's symbols take. */
  operation(op: OperationIR): OperationPlan;
  /** The `createClient` option that carries a security scheme's credential. */
  credentialOption(scheme: SecuritySchemeIR): string;
  /** validators.gen.ts: which validators exist and what they are called. */
  readonly validators: ValidatorsPlan;
  /** docs/: page paths and the sidebar. */
  readonly docs: DocsPlan;
  /** Names a spec asked for and could not have, as diagnostics to locate (SPEC_NAME_COLLISION). */
  readonly renames: readonly PlannedDiagnostic[];
  /** The schema a `$ref` (JSON pointer) points at; normalize indexes every local target. */
  resolve(pointer: string): SchemaIR | undefined;
}

/** A problem the plan found, located by the pipeline at `pointer`. */
export interface PlannedDiagnostic {
  code: DiagnosticCode;
  pointer: string;
  message: string;
}

/** A component schema's symbols. */
export interface SchemaPlan {
  readonly named: NamedSchemaIR;
  /** Exported type name, e.g. `UserProfile`. */
  readonly typeName: string;
  /** Docs page path relative to `docs/`, e.g. `schemas/UserProfile.md`. */
  readonly docPath: string;
}

/** An operation's symbols. Type names of parts the operation lacks are absent. */
export interface OperationPlan {
  /** Client method (camelCase), e.g. `updateCurrentUserProfile`. */
  readonly method: string;
  /** The argument type of the client method. */
  readonly request: string;
  /** The result union of the client method. */
  readonly result: string;
  /** types.gen.ts alias of the request body, when there is one. */
  readonly body?: string;
  /** types.gen.ts alias of each parameter location that has parameters. */
  readonly params: Readonly<Partial<Record<ParameterLocation, string>>>;
  /** types.gen.ts alias of a response's body (`undefined` when it has none), e.g. `UpdateProfileResponse200`. */
  response(r: ResponseIR): string;
  /** Docs page path relative to `docs/`, e.g. `operations/updateCurrentUserProfile.md`. */
  readonly docPath: string;
  /** The operation's plain-text title in docs and sidebars: its summary, else `METHOD /path`. */
  readonly title: string;
}

/** What a public validator checks. */
export type ValidatorSubject =
  | { kind: 'schema'; schema: SchemaPlan }
  | { kind: 'body'; op: OperationIR; body: RequestBodyIR }
  | { kind: 'params'; op: OperationIR; location: ValidatedLocation }
  | { kind: 'response'; op: OperationIR; response: ResponseIR };

/** Parameter locations that get a validator (cookies are sent as given). */
export type ValidatedLocation = Exclude<ParameterLocation, 'cookie'>;

/** One exported `validateX` (and, for a component schema, `isX`). */
export interface ValidatorPlan {
  readonly name: string;
  readonly guard?: string;
  /** The types.gen.ts type the value is narrowed to. */
  readonly typeName: string;
  /** The internal check function it runs. */
  readonly check: string;
  readonly subject: ValidatorSubject;
}

/** validators.gen.ts's exports: the client asks here which validators exist. */
export interface ValidatorsPlan {
  /** Every public validator in output order: schemas, then per operation body, parameters, responses. */
  readonly all: readonly ValidatorPlan[];
  /** The check function of a component schema (by pointer), if it is one. */
  schemaCheck(pointer: string): string | undefined;
  body(op: OperationIR): ValidatorPlan | undefined;
  params(op: OperationIR, location: ValidatedLocation): ValidatorPlan | undefined;
  response(op: OperationIR, r: ResponseIR): ValidatorPlan | undefined;
}

/** docs/: where each page goes and how pages and sidebars link. */
export interface DocsPlan {
  /** The landing page, relative to `docs/`. */
  readonly index: string;
  /** The changelog page, relative to `docs/`, when the spec keeps a changelog. */
  readonly changelog?: string;
  /** Output path (relative to `generated/<api>/`) of a page given relative to `docs/`. */
  file(docPath: string): string;
  /** The per-API sidebar file. */
  readonly sidebarFile: string;
  /** Relative link between two pages (both relative to `docs/`). */
  link(fromDocPath: string, toDocPath: string): string;
  /** The sidebar entries of this API, site-root links. */
  readonly sidebar: SidebarPlan;
  /** What the TypeScript examples import the client from. */
  readonly clientImport: string;
}

/** One sidebar entry: plain-text label (the emitter escapes it) and a site-root link. */
export interface SidebarEntry {
  readonly label: string;
  readonly link: string;
}

/** The entries of an API's sidebar. */
export interface SidebarPlan {
  readonly title: string;
  readonly overview: SidebarEntry;
  readonly changelog?: SidebarEntry;
  readonly operations: readonly SidebarEntry[];
  /** The operations grouped by tag (plan/tag-groups.ts); empty when no operation has a tag. */
  readonly operationGroups: readonly SidebarGroupPlan[];
  readonly schemas: readonly SidebarEntry[];
}

/** A group of operations under one tag, with the groups of its child tags (3.2 `parent`). */
export interface SidebarGroupPlan {
  /** Plain text (the emitter escapes it): the tag's summary, else its name. */
  readonly label: string;
  readonly entries: readonly SidebarEntry[];
  readonly groups: readonly SidebarGroupPlan[];
}
