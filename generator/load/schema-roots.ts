import { isOpenApi32, pathItemOperations } from '../common/path-item-operations.js';
import { isObject } from './walk.js';

type Path = (string | number)[];
type Visit = (schema: unknown, path: Path) => void;

/**
 * Every place the OpenAPI structure holds a schema directly (not following `$ref`), so validation can
 * walk all schemas of a document once: components, parameters, headers, request and response bodies.
 */
export function forEachSchemaRoot(doc: Record<string, unknown>, visit: Visit): void {
  const components = isObject(doc.components) ? doc.components : {};
  // 3.2's Media Type Object may describe each item of a streamed body (`itemSchema`).
  const visitContent = isOpenApi32(doc.openapi) ? visitContent32 : visitContent31;
  forEntries(components.schemas, ['components', 'schemas'], visit);
  forEntries(components.parameters, ['components', 'parameters'], (p, path) => visitParameter(p, path, visit, visitContent));
  forEntries(components.headers, ['components', 'headers'], (h, path) => visitParameter(h, path, visit, visitContent));
  forEntries(components.requestBodies, ['components', 'requestBodies'], (b, path) => visitContent(b, path, visit));
  forEntries(components.responses, ['components', 'responses'], (r, path) => visitResponse(r, path, visit, visitContent));
  forEntries(doc.paths, ['paths'], (item, itemPath) => {
    if (!isObject(item)) return;
    visitParameterList(item.parameters, [...itemPath, 'parameters'], visit, visitContent);
    for (const { at, op } of pathItemOperations(item, doc.openapi)) {
      if (!isObject(op)) continue;
      const opPath = [...itemPath, ...at];
      visitParameterList(op.parameters, [...opPath, 'parameters'], visit, visitContent);
      visitContent(op.requestBody, [...opPath, 'requestBody'], visit);
      forEntries(op.responses, [...opPath, 'responses'], (r, path) => visitResponse(r, path, visit, visitContent));
    }
  });
}

function forEntries(map: unknown, path: Path, visit: Visit): void {
  if (!isObject(map)) return;
  for (const [key, value] of Object.entries(map)) visit(value, [...path, key]);
}

type VisitContent = (holder: unknown, path: Path, visit: Visit) => void;

function visitParameterList(list: unknown, path: Path, visit: Visit, visitContent: VisitContent): void {
  if (Array.isArray(list)) list.forEach((p, i) => visitParameter(p, [...path, i], visit, visitContent));
}

function visitParameter(param: unknown, path: Path, visit: Visit, visitContent: VisitContent): void {
  if (!isObject(param)) return;
  if ('schema' in param) visit(param.schema, [...path, 'schema']);
  visitContent(param, path, visit);
}

function visitContent31(holder: unknown, path: Path, visit: Visit): void {
  if (!isObject(holder)) return;
  forEntries(holder.content, [...path, 'content'], (media, mediaPath) => {
    if (isObject(media) && 'schema' in media) visit(media.schema, [...mediaPath, 'schema']);
  });
}

function visitContent32(holder: unknown, path: Path, visit: Visit): void {
  if (!isObject(holder)) return;
  forEntries(holder.content, [...path, 'content'], (media, mediaPath) => {
    if (isObject(media) && 'schema' in media) visit(media.schema, [...mediaPath, 'schema']);
    if (isObject(media) && 'itemSchema' in media) visit(media.itemSchema, [...mediaPath, 'itemSchema']);
  });
}

function visitResponse(response: unknown, path: Path, visit: Visit, visitContent: VisitContent): void {
  if (!isObject(response)) return;
  visitContent(response, path, visit);
  forEntries(response.headers, [...path, 'headers'], (h, hPath) => visitParameter(h, hPath, visit, visitContent));
}
