// The Admin screen (administrators only): the server's accounts, searched by email prefix, with
// the actions on each (disable or enable, administrator or not, a password reset or verification
// email, delete), who may make an account (the sign-up mode, invitation links), the assistant's model, the backups (their schedule, the latest, "Back up now"), and the log of every
// administrator action. The server decides who is one (403
// to anyone else); this screen only does not ask for what it would refuse.

import { msg, t } from '../ui/i18n';
import { Accounts } from './AdminAccounts';
import { ActionLog } from './AdminActionLog';
import { Backups } from './AdminBackups';
import { AdminModelSection } from './AdminModelSection';
import { SignupSection } from './AdminSignupSection';

export { describeAction } from './AdminActionLog';
export const REFUSAL = msg("Only the server's administrators can see this page.");

export function AdminScreen({ isAdmin, myId }: { isAdmin: boolean; myId: string }) {
  return (
    <>
      <div className="screen-head">
        <h1>{t('Admin')}</h1>
      </div>
      {isAdmin ? (
        <>
          <Accounts myId={myId} />
          <SignupSection />
          <AdminModelSection />
          <Backups />
          <ActionLog />
        </>
      ) : (
        <p role="alert" className="state notice notice-error">
          {t(REFUSAL)}
        </p>
      )}
    </>
  );
}
