import { CHANNELS, type ContractHandlers } from '../../shared/api';
import type { Logger } from '../services/logging/logger';

/** One call from the renderer: the channel's name and its untrusted input. */
export type ContractServer = (channel: string, input: unknown) => Promise<unknown>;

/**
 * The generic front of every handler: an unknown channel is refused, the input is parsed with
 * the channel's schema before any service runs, and each call is logged with its channel and
 * duration only (inputs and outputs may name secrets' paths or more).
 */
export function serveContract(handlers: ContractHandlers, logger: Logger): ContractServer {
  const table = new Map<string, (input: unknown) => Promise<unknown>>();
  for (const { name, domain, method, spec } of CHANNELS) {
    const handler = (handlers[domain] as Record<string, (input: unknown) => unknown>)[method]!;
    table.set(name, async (raw) => handler(spec.input.parse(raw)));
  }
  return async (channel, input) => {
    const serve = table.get(channel);
    if (!serve) throw new Error(`Unknown channel ${String(channel).slice(0, 80)}`);
    const started = Date.now();
    try {
      const output = await serve(input);
      logger.info(`${channel} ok ${Date.now() - started}ms`);
      return output;
    } catch (error) {
      logger.error(`${channel} failed ${Date.now() - started}ms: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  };
}
