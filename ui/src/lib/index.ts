/**
 * The embeddable screens. A React host renders one inside its own page:
 *
 *   <SupportProvider options={{ graphqlUrl, getToken }}><StaffConsole /></SupportProvider>
 *
 * and includes memberpulse-support.css (scoped class names; theme by --mp-* CSS variables).
 */
export { SupportProvider } from '../platform/SupportProvider';
export type { SupportOptions } from '../platform/options';
export { SupportApp } from '../SupportApp';
export { MemberPortal } from '../screens/member/MemberPortal';
export { StaffConsole } from '../screens/queue/StaffConsole';
export { PlatformAdmin } from '../screens/platform/PlatformAdmin';
