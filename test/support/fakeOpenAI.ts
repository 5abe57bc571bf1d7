/**
 * A scripted OpenAI-compatible server on 127.0.0.1 (port 0) for the LLM tests:
 * the real `openai` SDK talks to it over HTTP. Each POST /v1/chat/completions
 * gets the next scripted reply (the last one repeats), and every request is
 * recorded with its parsed body.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: any;
}

export type Reply =
  | { status?: number; headers?: Record<string, string>; json: unknown }
  | { status?: number; headers?: Record<string, string>; raw: string }
  /** Never answers: the client has to time out. */
  | { hang: true };

export type Script = Reply[] | ((req: RecordedRequest, index: number) => Reply);

export interface FakeOpenAI {
  /** e.g. http://127.0.0.1:34567/v1 */
  baseURL: string;
  requests: RecordedRequest[];
  readonly count: number;
  close(): Promise<void>;
}

export interface CompletionOptions {
  finishReason?: 'stop' | 'length' | 'content_filter';
  refusal?: string | null;
  model?: string;
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
}

/** A chat completion whose message content is `content` (an object is JSON-encoded). */
export function completion(content: unknown, options: CompletionOptions = {}): Reply {
  const text = content === null ? null : typeof content === 'string' ? content : JSON.stringify(content);
  const usage = options.usage === undefined ? { prompt_tokens: 1200, completion_tokens: 150 } : options.usage;
  return {
    json: {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: options.model ?? 'fake-model-2024',
      choices: [
        {
          index: 0,
          finish_reason: options.finishReason ?? 'stop',
          logprobs: null,
          message: { role: 'assistant', content: text, refusal: options.refusal ?? null },
        },
      ],
      ...(usage ? { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } } : {}),
    },
  };
}

/** An OpenAI-style error body. */
export function apiError(status: number, message: string, extra: { param?: string; code?: string; headers?: Record<string, string> } = {}): Reply {
  return {
    status,
    ...(extra.headers ? { headers: extra.headers } : {}),
    json: { error: { message, type: 'invalid_request_error', param: extra.param ?? null, code: extra.code ?? null } },
  };
}

export async function startFakeOpenAI(script: Script): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
      const recorded: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
        return;
      }
      const index = requests.length;
      requests.push(recorded);
      const reply = typeof script === 'function' ? script(recorded, index) : script[Math.min(index, script.length - 1)];
      if (!reply) throw new Error('empty script');
      if ('hang' in reply) {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      const payload = 'json' in reply ? JSON.stringify(reply.json) : reply.raw;
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...(reply.headers ?? {}) });
      res.end(payload);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    get count() {
      return requests.length;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
