/**
 * A small local Discord for end-to-end tests: REST (node:http) and the gateway
 * (ws) on one loopback port. The real discord.js Client logs in to it with
 * `rest: { api: fake.apiUrl }`; the gateway URL comes from `GET /gateway/bot`.
 * Tests push INTERACTION_CREATE dispatches and read what the bot sent back
 * (`requests`). It fakes the wire, not the library.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const APP_ID = '100000000000000001';
export const GUILD_ID = '200000000000000001';
export const CHANNEL_ID = '300000000000000001';
export const MODLOG_CHANNEL_ID = '300000000000000002';
/** Permission bits as Discord sends them: strings. */
export const PERMS = { member: '3072' /* View + Send */, moderator: '8192' /* ManageMessages */, manageGuild: '32' } as const;

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/1/messages`. */
  path: string;
  query: URLSearchParams;
  auth: string | undefined;
  /** JSON body, or `payload_json` of a multipart body. */
  body: any;
  files: { field: string; name: string; data: Buffer }[];
}

export interface InteractionUser {
  id?: string;
  permissions?: string;
}

let snowflake = 400000000000000000n;
const nextId = (): string => String(++snowflake);

const userObject = (id: string, name: string, bot = false) => ({ id, username: name, discriminator: '0', global_name: name, avatar: null, bot });
export const BOT_USER = userObject(APP_ID, 'claimtrail', true);

function channelObject(id: string, name: string) {
  return { id, type: 0, guild_id: GUILD_ID, name, position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 };
}

/** A message as Discord returns it: enough fields for discord.js to build a Message. */
export function messageObject(channelId: string, body: any = {}, id = nextId(), author = BOT_USER) {
  return {
    id, channel_id: channelId, guild_id: GUILD_ID, type: 0, author, content: body.content ?? '', embeds: body.embeds ?? [],
    components: body.components ?? [], attachments: [], mentions: [], mention_roles: [], mention_everyone: false, pinned: false,
    tts: false, timestamp: new Date().toISOString(), edited_timestamp: null, flags: body.flags ?? 0,
  };
}

async function readBody(req: IncomingMessage): Promise<{ body: any; files: RecordedRequest['files'] }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { body: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: RecordedRequest['files'] = [];
    let body: any;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value);
      } else files.push({ field, name: value.name, data: Buffer.from(await value.arrayBuffer()) });
    }
    return { body, files };
  }
  return { body: type.includes('json') ? JSON.parse(raw.toString('utf8')) : raw.toString('utf8'), files: [] };
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly identifies: any[] = [];
  readonly channels = new Map<string, any>([
    [CHANNEL_ID, channelObject(CHANNEL_ID, 'general')],
    [MODLOG_CHANNEL_ID, channelObject(MODLOG_CHANNEL_ID, 'mod-log')],
  ]);
  /** Bytes served at `${fileBase}/<name>` (attachments). */
  readonly files = new Map<string, Buffer>();
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private waiters: { test: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  /** Interaction token → id of its original response message. */
  private originals = new Map<string, { id: string; channelId: string }>();
  port = 0;
  /** Answer thread creation with 403 Missing Permissions (a channel where the bot may not open threads). */
  failThreads = false;

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws) => this.onGateway(ws));
  }

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  fileUrl(name: string): string {
    return `http://127.0.0.1:${this.port}/files/${encodeURIComponent(name)}`;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves with the first recorded (past or future) request passing `test`. */
  waitFor(test: (r: RecordedRequest) => boolean, timeoutMs = 10_000, after = 0): Promise<RecordedRequest> {
    const seen = this.requests.slice(after).find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ test, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  /** Requests made for one interaction token (its callback, edits and follow-ups). */
  forToken(token: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/${token}/`) || r.path.endsWith(`/${token}`));
  }

  // --- gateway -------------------------------------------------------------

  private send(ws: WebSocket, payload: object): void {
    ws.send(JSON.stringify(payload));
  }

  dispatch(t: string, d: unknown): void {
    this.seq += 1;
    for (const ws of this.sockets) this.send(ws, { op: 0, t, s: this.seq, d });
  }

  private onGateway(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    this.send(ws, { op: 10, d: { heartbeat_interval: 45_000 } });
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw));
      if (msg.op === 1) this.send(ws, { op: 11 });
      if (msg.op !== 2) return;
      this.identifies.push(msg.d);
      this.dispatch('READY', {
        v: 10, user: BOT_USER, guilds: [{ id: GUILD_ID, unavailable: true }], session_id: 'fake-session',
        resume_gateway_url: `ws://127.0.0.1:${this.port}`, application: { id: APP_ID, flags: 0 }, shard: [0, 1],
      });
      this.dispatch('GUILD_CREATE', {
        id: GUILD_ID, name: 'Verification desk', icon: null, owner_id: '500000000000000001', afk_timeout: 300,
        verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0, mfa_level: 0, nsfw_level: 0,
        premium_tier: 0, features: [], emojis: [], stickers: [], system_channel_flags: 0, preferred_locale: 'en-US',
        roles: [{ id: GUILD_ID, name: '@everyone', permissions: PERMS.member, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
        channels: [...this.channels.values()].filter((c) => c.type === 0), threads: [], members: [], presences: [], voice_states: [],
        stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [], member_count: 3, large: false, unavailable: false,
        joined_at: new Date().toISOString(),
      });
    });
  }

  // --- interactions ----------------------------------------------------------

  /** Pushes an INTERACTION_CREATE; returns its token for `forToken`. */
  interact(type: number, data: any, user: InteractionUser = {}, extra: Record<string, unknown> = {}): string {
    const token = `itok-${nextId()}`;
    const userId = user.id ?? '600000000000000001';
    this.dispatch('INTERACTION_CREATE', {
      id: nextId(), application_id: APP_ID, type, token, version: 1, guild_id: GUILD_ID, channel_id: CHANNEL_ID,
      channel: this.channels.get(CHANNEL_ID), locale: 'en-US', guild_locale: 'en-US', entitlements: [], context: 0,
      authorizing_integration_owners: { 0: GUILD_ID }, app_permissions: '2251799813685247',
      member: { user: userObject(userId, `user${userId.slice(-4)}`), roles: [], permissions: user.permissions ?? PERMS.member, joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      data, ...extra,
    });
    return token;
  }

  slash(name: string, options: any[] = [], user?: InteractionUser, resolved?: any): string {
    return this.interact(2, { id: nextId(), name, type: 1, options, ...(resolved ? { resolved } : {}) }, user);
  }

  messageMenu(name: string, target: { id?: string; content: string }, user?: InteractionUser): string {
    const author = userObject('700000000000000001', 'poster');
    const message = messageObject(CHANNEL_ID, { content: target.content }, target.id ?? nextId(), author);
    return this.interact(2, { id: nextId(), name, type: 3, target_id: message.id, resolved: { messages: { [message.id]: message } } }, user);
  }

  button(customId: string, message: any, user?: InteractionUser): string {
    return this.interact(3, { custom_id: customId, component_type: 2 }, user, { message });
  }

  modalSubmit(customId: string, fields: Record<string, string>, message?: any, user?: InteractionUser): string {
    const components = Object.entries(fields).map(([id, value], i) => ({ type: 18, id: i + 1, component: { type: 4, id: i + 10, custom_id: id, value } }));
    return this.interact(5, { custom_id: customId, components }, user, message ? { message } : {});
  }

  /** The message an interaction's original response currently is (for buttons on it). */
  original(token: string): any {
    const o = this.originals.get(token);
    const last = [...this.forToken(token)].reverse().find((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'));
    return o ? messageObject(o.channelId, last?.body ?? {}, o.id) : undefined;
  }

  // --- REST ------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const json = (status: number, data?: unknown) => {
      if (data === undefined) res.writeHead(status).end();
      else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    };
    if (url.pathname.startsWith('/files/')) {
      const bytes = this.files.get(decodeURIComponent(url.pathname.slice('/files/'.length)));
      if (!bytes) return json(404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length }).end(bytes);
      return;
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const { body, files } = await readBody(req);
    const rec: RecordedRequest = { method: req.method ?? 'GET', path, query: url.searchParams, auth: req.headers.authorization, body, files };
    this.requests.push(rec);
    const m = (re: RegExp) => path.match(re);
    let match: RegExpMatchArray | null;
    try {
      if (path === '/gateway/bot') {
        return json(200, { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
      }
      if (path === '/applications/@me') return json(200, { id: APP_ID, name: 'claimtrail', flags: 0, bot_public: true, description: '' });
      if ((match = m(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
        this.originals.set(match[2]!, { id: nextId(), channelId: CHANNEL_ID });
        return json(204);
      }
      if ((match = m(/^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/))) {
        const o = this.originals.get(match[1]!) ?? { id: nextId(), channelId: CHANNEL_ID };
        this.originals.set(match[1]!, o);
        return req.method === 'DELETE' ? json(204) : json(200, messageObject(o.channelId, body ?? {}, o.id));
      }
      if (m(/^\/webhooks\/\d+\/[^/]+$/) && req.method === 'POST') return json(200, messageObject(CHANNEL_ID, body));
      if ((match = m(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/))) {
        if (this.failThreads) return json(403, { message: 'Missing Permissions', code: 50013 });
        const thread = {
          id: nextId(), type: 11, guild_id: GUILD_ID, parent_id: match[1], name: body?.name, owner_id: APP_ID, member_count: 1,
          message_count: 0, rate_limit_per_user: 0, thread_metadata: { archived: false, auto_archive_duration: body?.auto_archive_duration ?? 1440, archive_timestamp: new Date().toISOString(), locked: false },
        };
        this.channels.set(thread.id, thread);
        return json(201, thread);
      }
      if ((match = m(/^\/channels\/(\d+)\/messages$/)) && req.method === 'POST') {
        if (!this.channels.has(match[1]!)) return json(404, { message: 'Unknown Channel', code: 10003 });
        return json(200, messageObject(match[1]!, body));
      }
      if ((match = m(/^\/channels\/(\d+)$/)) && req.method === 'GET') {
        const channel = this.channels.get(match[1]!);
        return channel ? json(200, channel) : json(404, { message: 'Unknown Channel', code: 10003 });
      }
      if (m(/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/) && req.method === 'PUT') {
        return json(200, (body as any[]).map((c) => ({ ...c, id: nextId(), application_id: APP_ID, version: '1' })));
      }
      return json(404, { message: '404: Not Found', code: 0 });
    } finally {
      this.waiters = this.waiters.filter((w) => (w.test(rec) ? (w.resolve(rec), false) : true));
    }
  }
}
