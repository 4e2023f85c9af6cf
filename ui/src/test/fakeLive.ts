import type { ClientOptions, Sink } from 'graphql-ws';

/** A subscription the screens opened on the fake graphql-ws client. */
export interface FakeSubscription {
  query: string;
  variables: Record<string, unknown>;
  sink: Sink;
  active: boolean;
}

/**
 * A stand-in for graphql-ws's client (installed for every test by setup.ts): nothing connects; tests read what the
 * screens subscribed to and push updates into them.
 */
export const fakeLive = {
  options: [] as ClientOptions[],
  subscriptions: [] as FakeSubscription[],
  /** Forgets the subscriptions (the page's connections, one per API and tenant, live as long as the module). */
  reset() {
    this.subscriptions.length = 0;
  },
  active(): FakeSubscription[] {
    return this.subscriptions.filter((subscription) => subscription.active);
  },
  /** Pushes `data` to every active subscription. */
  push(data: unknown) {
    this.active().forEach((subscription) => subscription.sink.next({ data } as never));
  },
  /** Plays a lost connection coming back: graphql-ws's `connected` event with `wasRetry`. */
  reconnect() {
    this.options.forEach((options) => {
      const connected = options.on?.connected as ((socket: unknown, payload: unknown, wasRetry: boolean) => void) | undefined;
      connected?.({}, undefined, true);
    });
  },
  createClient(options: ClientOptions) {
    fakeLive.options.push(options);
    return {
      subscribe(payload: { query: string; variables?: Record<string, unknown> | null }, sink: Sink) {
        const subscription: FakeSubscription = { query: payload.query, variables: payload.variables ?? {}, sink, active: true };
        fakeLive.subscriptions.push(subscription);
        return () => {
          subscription.active = false;
        };
      },
      iterate() {
        throw new Error('not faked');
      },
      on() {
        return () => undefined;
      },
      terminate() {},
      dispose() {},
    };
  },
};
