import ts from 'typescript';
import { isOpenApi32, pathItemOperations } from '../../common/path-item-operations.js';
import { streamFormat } from '../../ir/stream-media.js';

/**
 * openapi-typescript 7 reads OpenAPI 3.0 and 3.1. A 3.2 document is given to it in 3.1's shape, and
 * what 3.1 cannot say is put back into the AST it returns:
 * - each `query` and `additionalOperations` operation becomes the `post` of a stand-in path item (the
 *   real item's parameters included), whose type then moves into the real path's type under its own
 *   key: `paths["/search"]["query"]`, `paths["/doc"]["LINK"]`;
 * - a streamed body's `itemSchema` stands where `schema` would (the types describe one item, as the
 *   client yields items); `itemSchema` on other media is dropped from the copy;
 * - Media Type Objects referenced from `components/mediaTypes` are inlined;
 * - `in: querystring` parameters are left out (the client does not send them; the README says so);
 * - a discriminator with a `defaultMapping` is left out: openapi-typescript would narrow the tag to the
 *   mapped values, while the default schema takes any other (the validators dispatch on it).
 * A 3.0/3.1 document is returned as it is, so its output cannot change.
 */
export interface Shaped31 {
  document: Record<string, unknown>;
  /** Moves the stand-in path items' operations back under their real paths. */
  merge(ast: ts.Node[]): ts.Node[];
}

export function as31Shape(document: Record<string, unknown>): Shaped31 {
  if (!isOpenApi32(document.openapi)) return { document, merge: (ast) => ast };
  const copy = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
  copy.openapi = '3.1.0';
  const components = isRecord(copy.components) ? copy.components : undefined;
  const mediaTypes = components && isRecord(components.mediaTypes) ? components.mediaTypes : {};
  if (components) delete components.mediaTypes;
  const text = JSON.stringify(document);
  let marker = ' opgOperation:';
  while (text.includes(marker)) marker += 'X';
  const standIns = new Map<string, { path: string; method: string }>();
  const paths = isRecord(copy.paths) ? copy.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const { method, at, op } of pathItemOperations(item, document.openapi)) {
      if (at[0] === 'query' || at[0] === 'additionalOperations') {
        const key = `${path}${marker}${method}`;
        standIns.set(key, { path, method });
        paths[key] = { ...(item.parameters !== undefined ? { parameters: item.parameters } : {}), post: op };
      }
    }
    delete item.query;
    delete item.additionalOperations;
  }
  reshapeContent(copy, mediaTypes);
  return { document: copy, merge: (ast) => (standIns.size === 0 ? ast : mergeStandIns(ast, standIns)) };
}

/** Walks the copy: streamed media get their item schema, referenced media are inlined, querystring parameters go. */
function reshapeContent(node: unknown, mediaTypes: Record<string, unknown>): void {
  if (Array.isArray(node)) {
    for (let i = node.length - 1; i >= 0; i--) {
      const item = node[i];
      if (isRecord(item) && item.in === 'querystring') node.splice(i, 1);
      else reshapeContent(item, mediaTypes);
    }
    return;
  }
  if (!isRecord(node)) return;
  if (isRecord(node.discriminator) && 'defaultMapping' in node.discriminator) delete node.discriminator;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'content' && isRecord(value)) {
      for (const [contentType, raw] of Object.entries(value)) {
        const media = inlineMedia(raw, mediaTypes);
        if (!isRecord(media)) continue;
        if ('itemSchema' in media) {
          if (streamFormat(contentType)) media.schema = media.itemSchema;
          delete media.itemSchema;
        }
        value[contentType] = media;
        reshapeContent(media, mediaTypes);
      }
    } else if (!key.startsWith('x-') && !DATA_KEYS.has(key)) {
      reshapeContent(value, mediaTypes);
    }
  }
}

/** Keys whose values are data (examples, defaults, enum members): never reshaped. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

function inlineMedia(raw: unknown, mediaTypes: Record<string, unknown>, depth = 0): unknown {
  if (!isRecord(raw) || typeof raw.$ref !== 'string' || depth > 32) return raw;
  const match = /^#\/components\/mediaTypes\/(.+)$/.exec(raw.$ref);
  if (!match) return raw;
  const name = match[1]!.replace(/~1/g, '/').replace(/~0/g, '~');
  return inlineMedia(structuredClone(mediaTypes[name]), mediaTypes, depth + 1);
}

function mergeStandIns(ast: ts.Node[], standIns: Map<string, { path: string; method: string }>): ts.Node[] {
  return ast.map((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'paths') return node;
    const moved = new Map<string, ts.TypeElement[]>();
    const kept: ts.TypeElement[] = [];
    for (const member of node.members) {
      const standIn = ts.isPropertySignature(member) ? standIns.get(memberName(member)) : undefined;
      if (!standIn) {
        kept.push(member);
        continue;
      }
      const post = (member as ts.PropertySignature).type;
      const operation = post && ts.isTypeLiteralNode(post) ? post.members.find((m) => ts.isPropertySignature(m) && memberName(m) === 'post') : undefined;
      if (!operation || !ts.isPropertySignature(operation) || !operation.type) continue;
      const list = moved.get(standIn.path) ?? [];
      list.push(ts.factory.createPropertySignature(undefined, ts.factory.createStringLiteral(standIn.method), undefined, operation.type));
      moved.set(standIn.path, list);
    }
    const members = kept.map((member) => {
      if (!ts.isPropertySignature(member)) return member;
      const extra = moved.get(memberName(member));
      if (!extra || !member.type || !ts.isTypeLiteralNode(member.type)) return member;
      const type = ts.factory.updateTypeLiteralNode(member.type, ts.factory.createNodeArray([...member.type.members, ...extra]));
      return ts.factory.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, type);
    });
    return ts.factory.updateInterfaceDeclaration(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, members);
  });
}

function memberName(member: ts.TypeElement): string {
  const name = member.name;
  if (!name) return '';
  if (ts.isStringLiteral(name) || ts.isIdentifier(name) || ts.isNumericLiteral(name)) return name.text;
  return '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
