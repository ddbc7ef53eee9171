/**
 * The members every plain JavaScript object inherits from Object.prototype (ES2023), written out
 * rather than read from the running engine so output never depends on the Node version.
 * test/unit/common/javascript.test.ts holds the list equal to this engine's.
 */
export const OBJECT_PROTOTYPE_MEMBERS: readonly string[] = [
  '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', '__proto__', 'constructor',
  'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf',
];
