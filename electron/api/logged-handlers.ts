import type { Channel } from '../../shared/api';
import type { Logger } from '../services/logging/logger';
import type { ApiHandlers } from './handlers';

/** Logs each call's channel, duration and failure, never its input or output (they may name secrets' paths or more). */
export function withCallLog(handlers: ApiHandlers, logger: Logger): ApiHandlers {
  const logged = {} as Record<Channel, (input: unknown) => Promise<unknown>>;
  for (const [channel, handler] of Object.entries(handlers) as Array<[Channel, (input: unknown) => Promise<unknown>]>) {
    logged[channel] = async (input) => {
      const started = Date.now();
      try {
        const output = await handler(input);
        logger.info(`${channel} ok ${Date.now() - started}ms`);
        return output;
      } catch (error) {
        logger.error(`${channel} failed ${Date.now() - started}ms: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    };
  }
  return logged as ApiHandlers;
}
