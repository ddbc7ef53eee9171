import { describe, expect, it } from 'vitest';
import { OBJECT_PROTOTYPE_MEMBERS } from '../../../generator/common/javascript.js';

describe('OBJECT_PROTOTYPE_MEMBERS', () => {
  it('is every member this engine puts on Object.prototype', () => {
    expect([...OBJECT_PROTOTYPE_MEMBERS].sort()).toEqual(Object.getOwnPropertyNames(Object.prototype).sort());
  });
});
