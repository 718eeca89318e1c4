/**
 * A minimal Chrome DevTools Protocol client over a WebSocket on 127.0.0.1 (Deno has WebSocket
 * built in; no puppeteer, no browser download).
 *
 * @module
 */

type Message = {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
};

/** One DevTools event: its method, parameters and the session it came from. */
export interface CdpEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

/**
 * A DevTools connection: `send` a command (to the browser or, with `sessionId`, to an attached
 * page) and wait for its result; every event is kept in `events` and can be awaited with
 * `waitFor`.
 *
 * @example
 * ```ts
 * import { CdpConnection } from "./cdp.ts";
 * const cdp = await CdpConnection.open("ws://127.0.0.1:9222/devtools/browser/abc");
 * const { targetInfos } = await cdp.send("Target.getTargets");
 * await cdp.close();
 * ```
 */
export class CdpConnection {
  readonly events: CdpEvent[] = [];
  #nextId = 1;
  #pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  #waiters: { test: (e: CdpEvent) => boolean; resolve: (e: CdpEvent) => void }[] = [];
  #closed: Promise<void>;

  private constructor(private readonly socket: WebSocket, readonly timeoutMs: number) {
    this.#closed = new Promise((resolve) => socket.addEventListener("close", () => resolve()));
    socket.addEventListener("message", (event) => this.#receive(JSON.parse(event.data)));
    socket.addEventListener("close", () => {
      for (const { reject } of this.#pending.values()) reject(new Error("DevTools socket closed"));
      this.#pending.clear();
    });
  }

  /** Connects to a DevTools WebSocket address. */
  static open(url: string, timeoutMs = 30_000): Promise<CdpConnection> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.addEventListener("open", () => resolve(new CdpConnection(socket, timeoutMs)), {
        once: true,
      });
      socket.addEventListener("error", () => reject(new Error(`cannot connect to ${url}`)), {
        once: true,
      });
    });
  }

  #receive(message: Message): void {
    if (message.id !== undefined) {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      pending?.resolve(message);
      return;
    }
    if (message.method === undefined) return;
    const event = {
      method: message.method,
      params: message.params ?? {},
      ...message.sessionId ? { sessionId: message.sessionId } : {},
    };
    this.events.push(event);
    this.#waiters = this.#waiters.filter((waiter) => {
      if (!waiter.test(event)) return true;
      waiter.resolve(event);
      return false;
    });
  }

  /** Sends a command and resolves with its result; rejects on a protocol error or timeout. */
  send(
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
    // deno-lint-ignore no-explicit-any
  ): Promise<any> {
    const id = this.#nextId++;
    const reply = new Promise<Message>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
    });
    this.socket.send(JSON.stringify({ id, method, params, ...sessionId ? { sessionId } : {} }));
    return this.#withTimeout(reply, `${method}`).then((message) => {
      if (message.error) throw new Error(`${method}: ${message.error.message}`);
      return message.result ?? {};
    });
  }

  /** Resolves with the first event (already received or future) that `test` accepts. */
  waitFor(test: (event: CdpEvent) => boolean, what: string): Promise<CdpEvent> {
    const seen = this.events.find(test);
    if (seen) return Promise.resolve(seen);
    return this.#withTimeout(
      new Promise<CdpEvent>((resolve) => this.#waiters.push({ test, resolve })),
      what,
    );
  }

  #withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`DevTools: no answer to ${what} in ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  /** Closes the socket and waits until it is closed. */
  async close(): Promise<void> {
    if (this.socket.readyState !== WebSocket.CLOSED) this.socket.close();
    await this.#closed;
  }
}
