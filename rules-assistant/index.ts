// The rules assistant's one interface: the agent the chat runs when no model is configured.
export { offlineAgent } from './engine/index.js';
