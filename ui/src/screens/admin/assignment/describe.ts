import { strings } from '../../../strings';
import type { Rule } from './types';

const a = strings.adminAssignment;

/** A rule's conditions in words, one part a condition ("Category: Billing", "From: Sponsors"); "Every ticket" without any. */
export function ruleConditions(rule: Pick<Rule, 'categories' | 'priorities' | 'requesterTypes' | 'keywords'>): string[] {
  const parts: string[] = [];
  if (rule.categories.length > 0) parts.push(a.rules.categories(rule.categories.map((category) => category.archived ? a.ruleForm.archived(category.name) : category.name)));
  if (rule.priorities.length > 0) parts.push(a.rules.priorities(rule.priorities.map((priority) => a.priority[priority] ?? priority)));
  if (rule.requesterTypes.length > 0) parts.push(a.rules.requesterTypes(rule.requesterTypes.map((type) => a.requesterType[type] ?? type)));
  if (rule.keywords.length > 0) parts.push(a.rules.keywords(rule.keywords));
  return parts.length > 0 ? parts : [a.rules.every];
}

/** Where a rule sends its tickets, in words. */
export function ruleTarget(rule: Pick<Rule, 'targetAgent' | 'targetTeam' | 'strategy'>): string {
  if (rule.targetAgent) {
    return a.rules.toAgent(rule.targetAgent.active ? rule.targetAgent.name : a.rules.inactiveAgent(rule.targetAgent.name));
  }
  if (rule.targetTeam) return a.rules.toTeam(rule.targetTeam.name, a.strategy[rule.strategy ?? ''] ?? '');
  return '';
}

/** The names of the rules that send tickets to a team (what stops the team from being deleted). */
export function rulesTargeting(rules: Pick<Rule, 'name' | 'targetTeam'>[], teamId: string): string[] {
  return rules.filter((rule) => rule.targetTeam?.id === teamId).map((rule) => rule.name);
}

/** Keywords typed one a line (or separated by commas) as the API takes them: trimmed, no empty ones, no repeats. */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of text.split(/[\n,]/).map((part) => part.trim()).filter(Boolean)) {
    const key = word.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      words.push(word);
    }
  }
  return words;
}

/** Parses a capacity as typed: a whole number from 1 to 1000, or null. */
export function parseCapacity(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= 1000 ? value : null;
}
