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
  it('carry the message an answer is about, a Discord id or a Slack ts, when there is one', () => {
    fc.assert(
      fc.property(fc.constantFrom('123456789012345678', '1700000001.000100'), fc.nat(999), fc.string(), (replyTo, page, query) => {
        const action = { action: 'post' as const, command: 'lookup', page, query, replyTo };
        expect(decodeAction(encodeAction(action))).toEqual(action);
      }),
    );
    expect(encodeAction({ action: 'more', command: 'lookup', page: 1, query: 'Lodhi, TTP', replyTo: '123456789012345678' })).toBe('bb2|more|lookup|1|123456789012345678|Lodhi, TTP');
  });
  it('reject ids that are not briefbot buttons', () => {
    for (const id of ['', 'bb0|more|brief|1|x', 'bb1|delete|brief|1|x', 'bb1|more|BRIEF|1|x', 'bb1|more|brief|-1|x', 'bb1|more|brief|abc|x', 'bb2|post|lookup|0', 'bb2|post|lookup|0|12ab|x']) {
      expect(decodeAction(id)).toBeUndefined();
    }
  });
});
