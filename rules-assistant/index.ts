// The rules assistant's one interface: the agent the chat runs when no model is configured.
export { offlineAgent } from './engine/index.js';
// A model's structured plan of a message, carried out by the same executor and confirmation rules.
export { carryOutPlan } from './engine/plan.js';
