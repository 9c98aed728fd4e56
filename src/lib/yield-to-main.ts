export type YieldToMain = () => Promise<void>;

/** Gives the browser a turn (input, paint, polling) before the next step: a task of its own. */
export const yieldToMain: YieldToMain = () => new Promise((resolve) => setTimeout(resolve, 0));
