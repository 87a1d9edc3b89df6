import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction } from '../../../src/adapters/shared/actions.ts';

describe('button actions', () => {
  it('round-trip through their id, whatever the query holds', () => {
    fc.assert(
      fc.property(fc.constantFrom('post' as const, 'more' as const), fc.constantFrom('brief', 'who', 'events'), fc.nat(999), fc.string(), (action, command, page, query) => {
        expect(decodeAction(encodeAction({ action, command, page, query }))).toEqual({ action, command, page, query });
      }),
    );
  });
  it('reject ids that are not briefbot buttons', () => {
    for (const id of ['', 'bb0|more|brief|1|x', 'bb1|delete|brief|1|x', 'bb1|more|BRIEF|1|x', 'bb1|more|brief|-1|x', 'bb1|more|brief|abc|x']) {
      expect(decodeAction(id)).toBeUndefined();
    }
  });
});
