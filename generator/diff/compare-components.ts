import type { NamedSchemaIR } from '../ir/types.js';
import type { SchemaComparer } from './compare-schema.js';
import { exportedNames, schemaExports, schemaTypeName } from './names.js';
import type { Report } from './report.js';
import { shape } from './schema-view.js';

/**
 * components/schemas as exported types: a schema removed, or one whose type name changed (renamed in
 * the spec, or moved by a name collision), breaks code that imports the type, even when every
 * operation still has the same shape. Schemas no operation reaches are compared both ways: nothing
 * says which way their users pass them.
 */
export function compareComponents(report: Report, schemas: SchemaComparer): void {
  const old = report.old.api;
  const new_ = report.new_.api;
  const after = new Map(new_.schemas.map((s) => [s.key, s]));
  const before = new Map(old.schemas.map((s) => [s.key, s]));
  const added = new_.schemas.filter((s) => !before.has(s.key));
  const renamedTo = new Set<NamedSchemaIR>();
  const typeOld = (s: NamedSchemaIR) => schemaTypeName(old, s.pointer)!;
  const typeNew = (s: NamedSchemaIR) => schemaTypeName(new_, s.pointer)!;
  for (const a of old.schemas) {
    const b = after.get(a.key);
    const explains = schemaExports(old, a).map((e) => e.name);
    if (!b) {
      // Same shape under a new key: a rename, which still breaks imports of the old name.
      const same = shape(a.schema);
      const twin = added.find((c) => !renamedTo.has(c) && shape(c.schema) === same);
      if (twin) {
        renamedTo.add(twin);
        report.add({ code: 'SCHEMA_RENAMED', at: 'new', pointer: twin.pointer, symbol: typeOld(a), message: `type ${typeOld(a)} is now ${typeNew(twin)} (same shape)`, explains });
      } else {
        report.add({ code: 'SCHEMA_REMOVED', at: 'old', pointer: a.pointer, symbol: typeOld(a), message: `type ${typeOld(a)} removed`, explains });
      }
      continue;
    }
    if (typeOld(a) !== typeNew(b)) {
      report.add({ code: 'SCHEMA_RENAMED', at: 'new', pointer: b.pointer, symbol: typeOld(a), message: `type ${typeOld(a)} is now ${typeNew(b)} (its generated name changed)`, explains });
    }
    if (!schemas.visited(a.schema, b.schema)) {
      for (const dir of ['request', 'response'] as const) schemas.compare(a.schema, b.schema, typeNew(b), { report, dir });
    }
  }
  for (const b of added) {
    if (!renamedTo.has(b)) report.add({ code: 'SCHEMA_ADDED', at: 'new', pointer: b.pointer, symbol: typeNew(b), message: `type ${typeNew(b)} added` });
  }
}

/** Exported names that disappeared and that no other finding accounts for (an emptied parameter group, ...). */
export function compareExports(report: Report): void {
  const now = new Set(exportedNames(report.new_.api).map((e) => e.name));
  for (const e of exportedNames(report.old.api)) {
    if (now.has(e.name) || report.explained.has(e.name)) continue;
    report.add({ code: 'EXPORT_REMOVED', at: 'old', pointer: e.pointer, operation: e.operation, symbol: e.name, message: `${e.kind} ${e.name} is no longer exported` });
  }
}
