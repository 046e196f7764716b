// A status line under the header while Doable cannot reach its server. The live region is always
// there, so screen readers hear the change when it happens.
import { msg, t } from '../ui/i18n';
import { useConnection } from './connection';

const WORDS = {
  offline: msg(
    'You are offline. Changes to tasks are kept on this device and sent when the connection is back.',
  ),
  unreachable: msg(
    'Doable cannot reach its server. Changes to tasks are kept on this device and sent when it answers again.',
  ),
};

export function ConnectionStatus() {
  const state = useConnection();
  return (
    <div role="status" className="connection-status">
      {state !== 'online' && <p className="notice notice-warn">{t(WORDS[state])}</p>}
    </div>
  );
}
