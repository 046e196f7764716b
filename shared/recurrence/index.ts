// Recurring tasks: RRULE parsing, descriptions and next occurrences in the user's time zone.
export { type DescribeOptions, describeRule, describeRuleText, ENGLISH, type RuleWords } from './describe.js';
export {
  type LocalMoment,
  listOccurrences,
  localMoment,
  nextOccurrence,
  nextOccurrenceFromCompletion,
  type Occurrence,
} from './occurrences.js';
export {
  type ByDay,
  type Freq,
  formatRule,
  type ParseResult,
  parseRule,
  type Rule,
  ruleLeft,
  type Weekday,
} from './rule.js';
