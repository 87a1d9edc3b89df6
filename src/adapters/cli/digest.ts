/** The console as a digest channel: digests are printed where the console is. */
import type { ChannelInfo } from '../../core/commands.ts';
import type { DigestSender } from '../../core/digest/scheduler.ts';
import { formatText } from './format.ts';

/** The console's one channel. Whoever types at the console runs this machine, and may change its digest. */
export const consoleChannel: ChannelInfo = { platform: 'console', channelId: 'console', userId: 'console', canManage: async () => true };

/** `print` shows a block of text in the console (above its prompt, when one is open). */
export function consoleDigestSender(print: (text: string) => void): DigestSender {
  let count = 0;
  return {
    async send(_channelId, reply, slot) {
      print(formatText(reply));
      return `console-${slot.localDate}-${++count}`;
    },
  };
}
