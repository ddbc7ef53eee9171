import { stringify } from 'yaml';
import { fromPointer } from '../../generator/diagnostics.js';
import { getAtPointer } from '../../generator/load/refs.js';
import { collectRefs, isObject } from '../../generator/load/walk.js';

/**
 * Splits a bundled spec into the layout teams write by hand: the root keeps `info`, `servers` and the
 * like; every path item goes to `paths/<n>.yaml`; every component to `<section>/<name>.<ext>` (schemas
 * as JSON, the rest as YAML), and the root's components become `$ref`s to those files. Every local
 * `$ref` inside a part becomes a relative file ref (`../schemas/Address.json`, or `./Address.json`
 * beside it). The spec's meaning is unchanged, so generating from the root must give the same bytes.
 */
export function splitSpec(doc: Record<string, unknown>): Record<string, string> {
  const files: Record<string, string> = {};
  const root: Record<string, unknown> = { ...doc };
  const fileOf = (section: string, name: string) => `${section}/${encodeURIComponent(name)}.${section === 'schemas' ? 'json' : 'yaml'}`;

  const write = (file: string, value: unknown) => {
    const folder = file.slice(0, file.lastIndexOf('/'));
    const copy = structuredClone(value);
    for (const site of collectRefs(copy)) {
      const segments = fromPointer(decodeURIComponent(site.ref.slice(1)));
      if (segments[0] !== 'components' || segments.length < 3) continue;
      const [, section, name, ...rest] = segments;
      const target = fileOf(section!, name!);
      const relative = target.startsWith(`${folder}/`) ? `./${target.slice(folder.length + 1)}` : `../${target}`;
      const suffix = rest.length > 0 ? `#/${rest.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}` : '';
      (getAtPointer(copy, site.at) as Record<string, unknown>).$ref = relative + suffix;
    }
    files[file] = file.endsWith('.json') ? `${JSON.stringify(copy, null, 2)}\n` : stringify(copy);
  };

  if (isObject(doc.paths)) {
    const paths: Record<string, unknown> = {};
    Object.entries(doc.paths).forEach(([key, item], i) => {
      write(`paths/${i}.yaml`, item);
      paths[key] = { $ref: `./paths/${i}.yaml` };
    });
    root.paths = paths;
  }
  if (isObject(doc.components)) {
    const components: Record<string, unknown> = {};
    for (const [section, entries] of Object.entries(doc.components)) {
      if (!isObject(entries)) {
        components[section] = entries;
        continue;
      }
      components[section] = Object.fromEntries(
        Object.entries(entries).map(([name, value]) => {
          write(fileOf(section, name), value);
          return [name, { $ref: `./${fileOf(section, name)}` }];
        }),
      );
    }
    root.components = components;
  }
  files['openapi.yaml'] = stringify(root);
  return files;
}
