// A tiny observable store: the one place view state changes, so every panel, the renderer and
// the URL follow it.
import { defaultViewState, type ViewState } from './view-state.js';

export type Listener = (state: ViewState, previous: ViewState) => void;

export class ViewStore {
  private state: ViewState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ViewState = defaultViewState()) {
    this.state = initial;
  }

  get(): ViewState {
    return this.state;
  }

  set(patch: Partial<ViewState>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
