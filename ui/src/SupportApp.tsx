import { strings } from './strings';
import { useMe } from './platform/hooks';
import { useSupportOptions } from './platform/options';
import { ErrorState, LoadingState } from './ui/States';
import { Button } from './ui/Button';
import { MemberPortal } from './screens/member/MemberPortal';
import { StaffConsole } from './screens/queue/StaffConsole';
import { PlatformAdmin } from './screens/platform/PlatformAdmin';
import styles from './SupportApp.module.css';

/** The whole product for whoever signed in: the screen follows the user's roles. */
export function SupportApp() {
  const me = useMe();
  const options = useSupportOptions();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  return (
    <div className={styles.app}>
      <header className={styles.header}>
        <span className={styles.brand}>{strings.common.appName}</span>
        <span className={styles.user}>
          <span>{me.me?.name ?? me.me?.username}</span>
          {options.onSignOut && <Button variant="ghost" onClick={options.onSignOut}>{strings.common.signOut}</Button>}
        </span>
      </header>
      {me.isStaff ? <StaffConsole /> : me.isPlatformAdmin ? <PlatformAdmin /> : <MemberPortal />}
    </div>
  );
}
