import type { AdminAssignmentQuery } from '../../../gql/graphql';

export type AssignmentData = AdminAssignmentQuery;
export type Rule = AssignmentData['assignmentRules'][number];
export type Team = AssignmentData['supportTeams'][number];
export type Agent = AssignmentData['supportAgents'][number];
export type CategoryOption = AssignmentData['ticketCategories'][number];
