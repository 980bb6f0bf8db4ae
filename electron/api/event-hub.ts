import type { ApiEvents, EventName } from '../../shared/api';

type Listener = <E extends EventName>(event: E, payload: ApiEvents[E]) => void;

/** Events for the renderer: job sinks publish here, and whichever shell is running forwards them. */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
