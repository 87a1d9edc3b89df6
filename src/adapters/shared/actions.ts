/**
 * What a button does, written into the button itself ("bb1|more|brief|1|isis-k"),
 * so a click is answered by re-running the command, by any process, even after
 * a restart. Nothing is stored between the answer and the click.
 *
 * An answer about a message ("Brief me on this") also carries the message to
 * post under: "bb2|post|lookup|0|<message>|Lodhi, TTP" (a Discord message id, or
 * a Slack message's ts).
 */
import { z } from 'zod';
import type { Briefbot, Surface } from '../../briefbot.ts';
import { buttonQuery, findCommand, inputFromText } from '../../core/commands.ts';
import type { Reply } from '../../core/reply.ts';

export const BUTTON_ACTIONS = ['post', 'more'] as const;

export const ButtonActionSchema = z.object({
  action: z.enum(BUTTON_ACTIONS),
  command: z.string().regex(/^[a-z]{1,32}$/),
  page: z.number().int().min(0).max(999),
  query: z.string(),
  /** The message the answer is about: posting answers under it (a reply on Discord, the thread on Slack). */
  replyTo: z
    .string()
    .regex(/^\d{1,20}(?:\.\d{1,10})?$/)
    .optional(),
});
export type ButtonAction = z.infer<typeof ButtonActionSchema>;

const VERSION = 'bb1';
const WITH_MESSAGE = 'bb2';

export function encodeAction(action: ButtonAction): string {
  const head = [action.replyTo ? WITH_MESSAGE : VERSION, action.action, action.command, String(action.page)];
  return [...head, ...(action.replyTo ? [action.replyTo] : []), action.query].join('|');
}

/** Undefined for anything that is not a well-formed briefbot button. */
export function decodeAction(id: string): ButtonAction | undefined {
  const [version, action, command, page, ...rest] = id.split('|');
  if (version !== VERSION && version !== WITH_MESSAGE) return undefined;
  const replyTo = version === WITH_MESSAGE ? rest.shift() : undefined;
  if (version === WITH_MESSAGE && !replyTo) return undefined;
  const parsed = ButtonActionSchema.safeParse({ action, command, page: Number(page), query: rest.join('|'), ...(replyTo !== undefined ? { replyTo } : {}) });
  return parsed.success ? parsed.data : undefined;
}

/** A clicked button answered again: its command's reply, and what rendering it needs (the page, the message it is about). */
export interface ReplayedAction {
  reply: Reply;
  options: { command: string; query?: string; page: number; replyTo?: string };
}

/** Re-runs a button's command, as every platform answers a click; undefined when the button names no command any more. */
export function replayAction(bot: Pick<Briefbot, 'commands' | 'run'>, action: ButtonAction | undefined, surface: Surface): ReplayedAction | undefined {
  const command = action && findCommand(bot.commands, action.command);
  if (!action || !command) return undefined;
  const reply = bot.run(command.name, inputFromText(command, action.query), surface);
  const query = buttonQuery(command, action.query, reply);
  return {
    reply,
    options: {
      command: command.name,
      // A message read whole is not carried in its button again: the reply says what was found in it.
      ...(query !== undefined ? { query } : {}),
      page: action.page,
      ...(action.replyTo ? { replyTo: action.replyTo } : {}),
    },
  };
}
