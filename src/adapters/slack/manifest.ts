/**
 * The Slack app manifest, generated from `commands/`: create the app from it
 * at api.slack.com/apps ("From an app manifest") and every command, scope,
 * event and interactivity setting is already right.
 */
import { isGroup, messageCommands, optionsOf, usagesOf, type AnyCommand } from '../../core/commands.ts';
import { shortcutIds, UMBRELLA_COMMAND } from './app.ts';

/**
 * Only what briefbot uses: slash commands and shortcuts, posting answers and
 * digests (in public channels without being invited), hearing @mentions, and
 * reading whether a user is a workspace admin (who may change a channel's digest).
 */
export const BOT_SCOPES = ['commands', 'chat:write', 'chat:write.public', 'app_mentions:read', 'users:read'] as const;

export interface ManifestOptions {
  /** Socket Mode needs no public URL; otherwise Slack calls `${url}/slack/events`. */
  socketMode: boolean;
  url?: string;
  name?: string;
}

export function slackManifest(commands: readonly AnyCommand[], options: ManifestOptions) {
  const requestUrl = options.socketMode ? undefined : `${(options.url ?? 'https://YOUR-HOST').replace(/\/$/, '')}/slack/events`;
  const withUrl = requestUrl ? { url: requestUrl } : {};
  const slashCommands = [
    ...commands.map((command) => ({
      command: `/${command.name}`,
      description: command.description,
      usage_hint: isGroup(command)
        ? usagesOf(command).map((u) => u.usage.replace(`/${command.name} `, '')).join(' | ').slice(0, 1000)
        : optionsOf(command).map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`)).join(' ') || undefined,
      should_escape: false,
      ...withUrl,
    })),
    {
      command: `/${UMBRELLA_COMMAND}`,
      description: 'Any briefbot command, for workspaces where /brief or /who are taken',
      usage_hint: `<command> <args>, e.g. who lodhi`,
      should_escape: false,
      ...withUrl,
    },
  ].map((c) => JSON.parse(JSON.stringify(c)) as typeof c); // drops undefined hints
  // A command offered on a message: "Brief me on this" in a message's menu, and a global shortcut that opens a text box.
  const shortcuts = messageCommands(commands).flatMap(({ name, onMessage }) => [
    { name: onMessage.label, type: 'message' as const, callback_id: shortcutIds(name).message, description: onMessage.description },
    { name: onMessage.globalLabel, type: 'global' as const, callback_id: shortcutIds(name).global, description: onMessage.globalDescription },
  ]);
  return {
    display_information: { name: options.name ?? 'briefbot', description: 'Short, cited answers from your team’s articles' },
    features: {
      bot_user: { display_name: options.name ?? 'briefbot', always_online: true },
      slash_commands: slashCommands,
      ...(shortcuts.length ? { shortcuts } : {}),
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...(requestUrl ? { request_url: requestUrl } : {}), bot_events: ['app_mention'] },
      interactivity: { is_enabled: true, ...(requestUrl ? { request_url: requestUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: options.socketMode,
      token_rotation_enabled: false,
    },
  };
}
