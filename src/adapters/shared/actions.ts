/**
 * What a button does, written into the button itself ("bb1|more|brief|1|isis-k"),
 * so a click is answered by re-running the command, by any process, even after
 * a restart. Nothing is stored between the answer and the click.
 */
import { z } from 'zod';

export const BUTTON_ACTIONS = ['post', 'more'] as const;

export const ButtonActionSchema = z.object({
  action: z.enum(BUTTON_ACTIONS),
  command: z.string().regex(/^[a-z]{1,32}$/),
  page: z.number().int().min(0).max(999),
  query: z.string(),
});
export type ButtonAction = z.infer<typeof ButtonActionSchema>;

const VERSION = 'bb1';

export function encodeAction(action: ButtonAction): string {
  return [VERSION, action.action, action.command, String(action.page), action.query].join('|');
}

/** Undefined for anything that is not a well-formed briefbot button. */
export function decodeAction(id: string): ButtonAction | undefined {
  const [version, action, command, page, ...query] = id.split('|');
  if (version !== VERSION) return undefined;
  const parsed = ButtonActionSchema.safeParse({ action, command, page: Number(page), query: query.join('|') });
  return parsed.success ? parsed.data : undefined;
}
