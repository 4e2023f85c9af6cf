import { common } from './common';
import { member } from './member';
import { queue } from './queue';
import { ticket } from './ticket';
import { raise } from './raise';
import { agent } from './agent';
import { platform } from './platform';
import { admin } from './admin';
import { adminCategories } from './adminCategories';
import { adminAssignment } from './adminAssignment';
import { adminResponses } from './adminResponses';
import { sla } from './sla';
import { notifications } from './notifications';
import { search } from './search';

/**
 * Every string the screens show, in one place (one file per area so that areas change independently).
 * A translation is another object of the same shape.
 */
export const strings = { common, member, queue, ticket, raise, agent, platform, admin, adminCategories, adminAssignment, adminResponses, sla, notifications, search };
export type Strings = typeof strings;
