import { createRoot } from 'react-dom/client';
import { SupportProvider } from '../platform/SupportProvider';
import type { SupportOptions } from '../platform/options';
import { SupportApp } from '../SupportApp';
import { MemberPortal } from '../screens/member/MemberPortal';
import { StaffConsole } from '../screens/queue/StaffConsole';
import { PlatformAdmin } from '../screens/platform/PlatformAdmin';

const screens = { app: SupportApp, member: MemberPortal, staff: StaffConsole, platform: PlatformAdmin };

export interface MountOptions extends SupportOptions {
  /** Which screen: the whole app by role (default), the member portal, the staff console or platform admin. */
  screen?: keyof typeof screens;
}

/**
 * For hosts that are not React: renders a screen into `element` (with its own React) and returns a function that
 * removes it. Include memberpulse-support.css in the page.
 */
export function mount(element: Element, options: MountOptions): () => void {
  const root = createRoot(element);
  const Screen = screens[options.screen ?? 'app'];
  root.render(<SupportProvider options={options}><Screen /></SupportProvider>);
  return () => root.unmount();
}
