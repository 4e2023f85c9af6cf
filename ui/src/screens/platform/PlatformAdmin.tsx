import { strings } from '../../strings';

/** Platform admins: the tenants, provisioning and deprovisioning. */
export function PlatformAdmin() {
  return <main><h1>{strings.platform.title}</h1></main>;
}
