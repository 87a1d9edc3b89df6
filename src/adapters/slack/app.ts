/**
 * The Slack adapter: a Bolt app that turns slash commands, button clicks and
 * @mentions into briefbot commands, and replies into Block Kit. Socket Mode
 * with an app token, otherwise the HTTP receiver (which verifies every
 * request's signature, behind a guard on body size and timestamp). Event ids
 * are remembered (in memory, and in the shared store when given) to drop
 * Slack's retries; otherwise it keeps no state, so HTTP instances can sit
 * behind a load balancer.
 */
import { randomUUID } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, type Logger, type RespondFn, type ViewSubmitAction, type webApi } from '@slack/bolt';
import { mentionToLine, splitCommandLine, type Briefbot } from '../../briefbot.ts';
import type { SlackConfig } from '../../config.ts';
import { buttonQuery, findCommand, messageCommands, optionsOf, type ChannelInfo, type CommandDefinition } from '../../core/commands.ts';
import type { Reply } from '../../core/reply.ts';
import { log } from '../../core/log.ts';
import { errorSummary, networkFailure, StartupError } from '../../startupError.ts';
import { decodeAction, replayAction } from '../shared/actions.ts';
import { slackMessageText } from './messageText.ts';
import { ACTION_IDS, MODAL_FIELDS, renderLookupModal, renderSlackMessage, type SlackMessage, type SlackRenderOptions } from './render.ts';
import { guardSlackRequests } from './requestGuard.ts';

type BotSource = () => Briefbot;

/** The umbrella command, for workspaces where /brief or /who are taken. */
export const UMBRELLA_COMMAND = 'briefbot';

/** Where Slack sends commands, actions and events in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

/** The callback ids of a command's shortcuts (in the manifest) and of the modal its global shortcut opens. */
export function shortcutIds(command: string) {
  return { message: `${command}_message`, global: `${command}_global`, modal: `${command}_modal` };
}

/** Bolt's logger, routed through briefbot's log (which masks secrets). */
export function boltLogger(): Logger {
  let level = LogLevel.WARN;
  const at = (lvl: 'debug' | 'info' | 'warn' | 'error') => (...messages: unknown[]) => log(lvl, `slack: ${messages.map(String).join(' ')}`);
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: (l) => (level = l),
    getLevel: () => level,
    setName: () => {},
  };
}

/** Remembers recently handled event ids, so a retried or duplicated event is answered once. */
class SeenEvents {
  private readonly ids = new Map<string, number>();
  constructor(private readonly capacity = 5000) {}
  /** True the first time an id is seen. */
  claim(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.set(id, Date.now());
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.keys().next().value!);
    return true;
  }
}

/**
 * Who may change a channel's digest: the people listed in SLACK_DIGEST_ADMINS,
 * and workspace admins and owners (asked of Slack only when needed).
 */
function channelOf(client: webApi.WebClient, config: SlackConfig, channelId: string, userId: string): ChannelInfo {
  return {
    platform: 'slack',
    channelId,
    userId,
    async canManage() {
      if (config.digestAdmins.includes(userId)) return true;
      try {
        const { user } = await client.users.info({ user: userId });
        return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
      } catch (error) {
        // Unknown is not allowed: without an answer from Slack, nobody gains the right.
        log('warn', 'slack users.info failed; treating the user as not an admin', { user: userId, error: String(error) });
        return false;
      }
    },
  };
}

export interface SlackAppOptions {
  /**
   * Shared memory of handled event ids, for several instances behind a load
   * balancer (the digest store). True the first time an id is claimed.
   */
  claimEvent?: (id: string) => Promise<boolean>;
}

/** Bolt's HTTP receiver behind a guard that refuses oversized and out-of-window requests before reading them. */
function guardedReceiver(config: SlackConfig, logger: Logger): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret!, port: config.port, endpoints: [EVENTS_PATH], logger });
  receiver.requestListener = guardSlackRequests(receiver.requestListener, { paths: [EVENTS_PATH] });
  return receiver;
}

/** A server of briefbot's own that Slack's requests can be served on (the health server, sharing PORT). */
export interface SharedServer {
  mount(listener: RequestListener): void;
  unmount(): void;
}

/** What startSlackApp, stopSlackApp and slackConnected need to know of an app beyond Bolt's own API. */
interface SlackConnection {
  receiver: HTTPReceiver | SocketModeReceiver;
  /** Socket Mode: the socket is open. HTTP: the token was accepted and requests are being received. */
  connected: boolean;
  /** Set while the app's requests are served on a shared server. */
  shared?: SharedServer;
}
const connections = new WeakMap<App, SlackConnection>();

/** Socket Mode's receiver, built here (not by Bolt) so the socket's state can be followed for /readyz. */
function socketReceiver(config: SlackConfig, logger: Logger, clientOptions: webApi.WebClientOptions, connection: () => SlackConnection): SocketModeReceiver {
  const receiver = new SocketModeReceiver({ appToken: config.appToken!, logger, installerOptions: { clientOptions } });
  receiver.client.on('connected', () => (connection().connected = true));
  for (const state of ['disconnected', 'reconnecting', 'disconnecting'] as const) receiver.client.on(state, () => (connection().connected = false));
  return receiver;
}

/** Whether the app is connected to Slack (Socket Mode) or receiving its requests (HTTP): a readiness check. */
export function slackConnected(app: App): boolean {
  return connections.get(app)?.connected ?? false;
}

/** The Bolt app, not yet started: start it with startSlackApp(), which checks the token first. */
export function createSlackApp(config: SlackConfig, getBot: BotSource, options: SlackAppOptions = {}): App {
  const clientOptions = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
  const logger = boltLogger();
  const receiver = config.appToken ? socketReceiver(config, logger, clientOptions, () => connection) : guardedReceiver(config, logger);
  const app = new App({
    token: config.botToken,
    logger,
    clientOptions,
    // Otherwise Bolt checks the token in its constructor, where nobody awaits the check:
    // a wrong token became an unhandled rejection that bypassed briefbot's log.
    deferInitialization: true,
    receiver,
  });
  const connection: SlackConnection = { receiver, connected: false };
  connections.set(app, connection);
  const seen = new SeenEvents();
  const firstTime = async (id: string) => seen.claim(id) && (options.claimEvent ? options.claimEvent(id) : true);

  const commandNames = getBot().commands.map((c) => c.name);
  /** The query buttons carry: what was typed, or what a command that reads a whole message restates. */
  const carried = (name: string, typed: string, reply: Reply) => buttonQuery(findCommand(getBot().commands, name), typed, reply);
  for (const name of [...commandNames, UMBRELLA_COMMAND]) {
    app.command(`/${name}`, async ({ command, ack, respond, client }) => {
      await ack(); // first, always: Slack gives three seconds
      await guarded(respond, async () => {
        const line = name === UMBRELLA_COMMAND ? mentionToLine(command.text, commandNames) : `/${name} ${command.text}`;
        const { name: commandName, text } = splitCommandLine(line);
        const reply = await getBot().handleLine(line, channelOf(client, config, command.channel_id, command.user_id));
        await respond(renderSlackMessage(reply, { command: commandName, query: carried(commandName, text, reply) }));
      });
    });
  }

  for (const actionId of Object.values(ACTION_IDS)) {
    app.action(actionId, async ({ ack, body, action, respond, client }) => {
      await ack();
      await guarded(respond, async () => {
        const decoded = 'value' in action && typeof action.value === 'string' ? decodeAction(action.value) : undefined;
        const replayed = replayAction(getBot(), decoded, 'slack');
        if (!decoded || !replayed) {
          await respond({ response_type: 'ephemeral', replace_original: false, text: 'That button no longer works; please run the command again.' });
          return;
        }
        const { reply } = replayed;
        const options: SlackRenderOptions = replayed.options;
        if (decoded.action === 'post') {
          const message = renderSlackMessage(reply, { ...options, ephemeral: false, askedBy: body.user.id });
          const channel = 'channel' in body ? body.channel?.id : undefined;
          if (decoded.replyTo && channel && (await postInThread(client, channel, decoded.replyTo, message))) return;
          await respond({ ...message, replace_original: false });
          return;
        }
        const isEphemeral = 'container' in body && (body.container as { is_ephemeral?: boolean }).is_ephemeral === true;
        // Paging one's own ephemeral answer replaces it; paging a public one answers privately.
        await respond({ ...renderSlackMessage(reply, options), replace_original: isEphemeral });
      });
    });
  }

  for (const command of messageCommands(getBot().commands)) addShortcuts(app, command, config, getBot);

  app.event('app_mention', async ({ event, body, client }) => {
    const eventId = (body as { event_id?: string }).event_id ?? `${event.channel}:${event.ts}`;
    try {
      if (!(await firstTime(eventId))) return;
      const line = mentionToLine(event.text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' '), commandNames);
      const { name, text } = splitCommandLine(line);
      const reply = await getBot().handleLine(line, channelOf(client, config, event.channel, event.user ?? ''));
      const { response_type: _type, ...message } = renderSlackMessage(reply, { command: name, query: carried(name, text, reply), ephemeral: false });
      // Slash commands do not work in threads; a mention is answered in its thread.
      await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, ...message });
    } catch (error) {
      log('error', 'slack mention failed', { event: eventId, error });
    }
  });

  app.error(async (error) => log('error', 'slack app error', { error }));
  return app;
}

/**
 * A command offered on a message gets two shortcuts. The message shortcut
 * ("Brief me on this") runs it on the message's text and answers the person
 * privately: in the message's thread when it is in one, in the channel
 * otherwise, with a button that posts the answer in the thread. The global
 * shortcut opens a modal with a text box.
 */
function addShortcuts(app: App, command: CommandDefinition, config: SlackConfig, getBot: BotSource): void {
  const ids = shortcutIds(command.name);
  const option = optionsOf(command)[0]!.name;

  app.shortcut({ type: 'message_action', callback_id: ids.message }, async ({ shortcut, ack, respond, client }) => {
    await ack();
    await guarded(respond, async () => {
      const { message, channel, user } = shortcut;
      const reply = await getBot().handle(command.name, { [option]: slackMessageText(message) }, channelOf(client, config, channel.id, user.id));
      const thread = typeof message.thread_ts === 'string' ? message.thread_ts : undefined;
      const answer = renderSlackMessage(reply, { command: command.name, query: buttonQuery(command, '', reply), replyTo: thread ?? message.ts });
      // response_url answers only in the channel (Slack ignores thread_ts there); in a thread, an ephemeral message goes where the person is reading.
      if (thread && (await postEphemeralInThread(client, channel.id, user.id, thread, answer))) return;
      await respond({ ...answer, response_type: 'ephemeral', replace_original: false });
    });
  });

  app.shortcut({ type: 'shortcut', callback_id: ids.global }, async ({ shortcut, ack, client }) => {
    await ack();
    try {
      const example = command.examples[0]?.replace(`/${command.name} `, '') ?? '';
      await client.views.open({ trigger_id: shortcut.trigger_id, view: renderLookupModal(ids.modal, { title: command.onMessage?.globalLabel ?? 'briefbot', example }) });
    } catch (error) {
      log('error', 'slack could not open the lookup modal', { error });
    }
  });

  app.view<ViewSubmitAction>({ callback_id: ids.modal, type: 'view_submission' }, async ({ ack, body, view, respond, client }) => {
    const target = body.response_urls?.[0];
    if (!target) {
      await ack({ response_action: 'errors', errors: { [MODAL_FIELDS.conversation]: 'Choose a conversation to show the answer in.' } });
      return;
    }
    await ack();
    await guarded(respond, async () => {
      const text = view.state.values[MODAL_FIELDS.text]?.[MODAL_FIELDS.text]?.value ?? '';
      const reply = await getBot().handle(command.name, { [option]: text }, channelOf(client, config, target.channel_id, body.user.id));
      await respond({ ...renderSlackMessage(reply, { command: command.name, query: buttonQuery(command, '', reply) }), response_type: 'ephemeral', replace_original: false });
    });
  });
}

/** Answers one person privately inside a thread; false when the bot may not write there (not in the channel, a DM it is not part of). */
async function postEphemeralInThread(client: webApi.WebClient, channel: string, user: string, thread: string, message: SlackMessage): Promise<boolean> {
  const { response_type: _type, ...content } = message;
  try {
    await client.chat.postEphemeral({ channel, user, thread_ts: thread, ...content });
    return true;
  } catch (error) {
    log('warn', 'slack could not answer in the thread; answering in the channel', { channel, error: String(error) });
    return false;
  }
}

/** Posts an answer in a message's thread for everyone; false when the bot may not post there. */
async function postInThread(client: webApi.WebClient, channel: string, thread: string, message: SlackMessage): Promise<boolean> {
  const { response_type: _type, ...content } = message;
  try {
    await client.chat.postMessage({ channel, thread_ts: thread, ...content });
    return true;
  } catch (error) {
    log('warn', 'slack could not post in the thread; posting in the channel', { channel, error: String(error) });
    return false;
  }
}

/**
 * Checks the bot token with Slack, then listens (HTTP) or connects (Socket
 * Mode). A rejected token, an unreachable Slack or a busy port rejects with a
 * StartupError: one line naming the setting to fix, never the token itself.
 * In HTTP mode with `server`, Slack's requests are served there (on its port)
 * instead of on a server of Bolt's own.
 */
export async function startSlackApp(app: App, config: SlackConfig, options: { server?: SharedServer } = {}): Promise<unknown> {
  const connection = connections.get(app);
  try {
    await app.init();
  } catch (error) {
    throw slackStartupError(error, 'SLACK_BOT_TOKEN', config);
  }
  if (options.server && connection?.receiver instanceof HTTPReceiver) {
    // Bolt's documented way to serve its receiver from another server: its request listener.
    options.server.mount(connection.receiver.requestListener);
    connection.shared = options.server;
    connection.connected = true;
    return undefined;
  }
  try {
    const started = await app.start(config.port);
    if (connection && connection.receiver instanceof HTTPReceiver) connection.connected = true;
    return started;
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new StartupError(`PORT ${config.port} is already in use, so Slack's requests cannot be received; stop the program that holds it, or set PORT to a free port`);
    }
    throw slackStartupError(error, config.appToken ? 'SLACK_APP_TOKEN' : 'SLACK_BOT_TOKEN', config);
  }
}

/** Stops receiving: unmounts from the shared server, or stops Bolt's own server or socket. */
export async function stopSlackApp(app: App): Promise<void> {
  const connection = connections.get(app);
  if (connection) connection.connected = false;
  if (connection?.shared) {
    connection.shared.unmount();
    connection.shared = undefined;
    return;
  }
  await app.stop();
}

/** Slack's answers that mean "this token is not (or no longer) valid". */
const TOKEN_REJECTIONS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

const WHERE_TOKENS_ARE: Record<'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN', string> = {
  SLACK_BOT_TOKEN: 'copy the Bot User OAuth Token (xoxb-…) from api.slack.com/apps > your app > OAuth & Permissions',
  SLACK_APP_TOKEN: 'create an app-level token with connections:write under api.slack.com/apps > your app > Basic Information > App-Level Tokens',
};

export function slackStartupError(error: unknown, variable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN', config: Pick<SlackConfig, 'apiUrl'>): StartupError {
  const answer = (error as { data?: { error?: unknown } }).data?.error;
  if (typeof answer === 'string' && TOKEN_REJECTIONS.has(answer)) return new StartupError(`Slack rejected ${variable} (${answer}); ${WHERE_TOKENS_ARE[variable]}`);
  const network = networkFailure(error);
  if (network) {
    const where = config.apiUrl ? `SLACK_API_URL=${config.apiUrl}` : 'slack.com';
    return new StartupError(`Cannot reach Slack at ${where}: ${network.meaning} (${network.detail}); check the internet connection, DNS and any proxy, then start again`);
  }
  if (typeof answer === 'string') return new StartupError(`Slack refused to start the app (${answer}); check ${variable}`);
  return new StartupError(`Could not start the Slack app: ${errorSummary(error)}`);
}

/** Runs a listener's work; a failure becomes a polite ephemeral message with a logged reference. */
async function guarded(respond: RespondFn, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    log('error', 'slack listener failed', { reference, error });
    try {
      await respond({ response_type: 'ephemeral', replace_original: false, text: `Sorry, something went wrong on my side. If it keeps happening, report reference ${reference}.` });
    } catch (secondError) {
      log('error', 'slack error notice failed', { reference, error: secondError });
    }
  }
}
